package org.draftroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.draftroom.testkit.Api;

/**
 * Disk full (issue 12, finding 5): the app runs as its own process on a data directory on a small tmpfs; API
 * writers add proposals while a filler file takes the rest of the disk. Every write must be answered 2xx (and
 * then be stored) or 503 problem details (and then not be stored), and health must say so. Once the filler is
 * deleted the next writes must all succeed without a restart (none may meet a connection to the database H2
 * closed), readiness come back UP, nothing acknowledged be missing and the audit chain verify.
 */
@Tag("slow")
class DiskFullIT {
    static final int TMPFS_MB = 64;
    static final long RECOVERY_BOUND_MS = 30_000;

    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> wrongAnswers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();

    @Test
    void writes_on_a_full_disk_get_503_and_succeed_again_when_space_returns_without_a_restart() throws Exception {
        Path data = Files.createTempDirectory("draftroom-diskfull").resolve("data");
        try (Tmpfs disk = Tmpfs.mount(data, TMPFS_MB); AppProcess app = new AppProcess(data)) {
            app.start();
            Api api = new Api(app.base());
            MarkerDocument doc = MarkerDocument.create(api, "DISKFULL/TEST/1");
            // ready once the search index is open or built, not with the login page
            await(() -> health(api, "/actuator/health/readiness").statusCode() == 200, 120_000, "readiness after start");
            long filled;
            int refusedWhileFull;
            HttpResponse<String> readinessWhileFull;
            HttpResponse<String> healthWhileFull;
            HttpResponse<String> livenessWhileFull;
            Path filler = data.resolve("filler");
            try (Writers writers = new Writers(api, doc)) {
                await(() -> acknowledged.size() >= 10, 60_000, "writes before the disk filled");
                filled = Tmpfs.fill(filler);
                await(() -> !refused.isEmpty(), 30_000, "a write refused after the disk filled");
                await(() -> health(api, "/actuator/health/readiness").statusCode() == 503, 15_000,
                        "readiness refused while the disk is full");
                readinessWhileFull = health(api, "/actuator/health/readiness");
                healthWhileFull = health(api, "/actuator/health");
                livenessWhileFull = health(api, "/actuator/health/liveness");
                int refusedBefore = refused.size();
                Thread.sleep(3_000);
                refusedWhileFull = refused.size() - refusedBefore;
            }
            // space returns while nobody writes, as it does when an operator frees it: the writes that come next
            // must all succeed, not meet connections to the database H2 closed
            Thread.sleep(1_000);
            Files.delete(filler);
            long freed = System.nanoTime();
            List<Integer> firstWritesAfter = new ArrayList<>();
            for (int i = 0; i < 12; i++) firstWritesAfter.add(write(api, doc, "secretariat"));
            long firstWriteMs = (System.nanoTime() - freed) / 1_000_000;
            await(() -> health(api, "/actuator/health/readiness").statusCode() == 200, RECOVERY_BOUND_MS,
                    "readiness UP after space returned");
            long readyMs = (System.nanoTime() - freed) / 1_000_000;
            try (Writers writers = new Writers(api, doc)) {
                int acknowledgedAtRecovery = acknowledged.size();
                await(() -> acknowledged.size() >= acknowledgedAtRecovery + 10, 30_000, "writes after recovery");
            }

            List<String> missing = doc.missing(api, acknowledged);
            List<String> refusedButStored = doc.present(api, refused);
            HttpResponse<String> verify = api.get("/api/v1/audit/verify", "secretariat");
            System.out.println("DISKFULL writes=" + writes.get() + " acknowledged=" + acknowledged.size()
                    + " refused503=" + refused.size() + " refused503_while_full_3s=" + refusedWhileFull
                    + " other_answers=" + wrongAnswers.size() + " unanswered=" + unanswered.get()
                    + " missing=" + missing.size() + " refused_but_stored=" + refusedButStored.size()
                    + " recovered_after_ms=" + readyMs + " twelve_writes_after_free_ms=" + firstWriteMs
                    + " filler_mb=" + filled / (1 << 20));

            assertThat(wrongAnswers).as("answers other than 2xx or 503 problem details (see %s)", app.log()).isEmpty();
            assertThat(unanswered.get()).as("writes with no answer within 30 s").isZero();
            assertThat(refusedWhileFull).as("writes refused while the disk stayed full").isPositive();
            assertThat(readinessWhileFull.body()).as("readiness while full").containsAnyOf("\"DOWN\"", "\"OUT_OF_SERVICE\"");
            assertThat(healthWhileFull.statusCode()).as("health while full: %s", healthWhileFull.body()).isEqualTo(503);
            assertThat(livenessWhileFull.statusCode()).as("liveness while full: no reason to restart").isEqualTo(200);
            assertThat(firstWritesAfter).as("the first writes after space returned, without a restart").allMatch(s -> s / 100 == 2);
            assertThat(missing).as("acknowledged writes missing").isEmpty();
            assertThat(refusedButStored).as("writes answered 503 'nothing was stored' that were stored").isEmpty();
            assertThat(verify.body()).as("audit chain after the disk filled").contains("\"intact\":true");
            assertThat(health(api, "/actuator/health").statusCode()).as("health after recovery").isEqualTo(200);
        }
    }

    /** Two secretariat writers and one delegate's, writing until closed. */
    private final class Writers implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();

        Writers(Api api, MarkerDocument doc) {
            for (String user : List.of("secretariat", "secretariat", "pakistan")) {
                threads.add(Thread.ofVirtual().start(() -> {
                    while (running.get()) write(api, doc, user);
                }));
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) t.join();
        }
    }

    /** One proposal, its answer sorted; returns the status (-1: no answer). */
    private int write(Api api, MarkerDocument doc, String user) {
        String marker = "diskfull-" + user + "-" + writes.incrementAndGet();
        try {
            HttpResponse<String> r = doc.propose(api, user, marker);
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (r.statusCode() / 100 == 2) {
                acknowledged.add(marker);
            } else if (r.statusCode() == 503 && type.startsWith("application/problem+json")
                    && r.body().contains("/problems/unavailable")) {
                refused.add(marker);
                Thread.sleep(50);
            } else {
                wrongAnswers.add(r.statusCode() + " " + type + " " + r.body().substring(0, Math.min(300, r.body().length())));
            }
            return r.statusCode();
        } catch (java.io.UncheckedIOException e) {
            unanswered.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }

    private static HttpResponse<String> health(Api api, String path) {
        return api.get(path, null);
    }

    private static void await(BooleanSupplier condition, long millis, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("not within " + millis + " ms: " + what);
            Thread.sleep(100);
        }
    }
}
