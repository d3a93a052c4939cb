package org.draftroom.benchmarks;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.draftroom.DraftroomIT;
import org.draftroom.reliability.RoomBrowser;
import org.draftroom.testkit.Api;

/**
 * A legitimate API writer (the secretariat recording proposals for Pakistan, one at a time) while 16 anonymous
 * threads send bad logins as fast as they can, each from its own loopback address (127.0.0.100+; set
 * {@code -Dbench.flood.same-source=true} to send them from the writer's own 127.0.0.1). Prints the writer's
 * p50/p95 without and with the flood, and what the attackers got. Run alone on a quiet machine:
 * {@code mvn -o test -Dtest=LoginFloodBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@DraftroomIT
class LoginFloodBenchmark {
    static final int ATTACKERS = Integer.getInteger("bench.flood.attackers", 16);
    static final int WRITES = Integer.getInteger("bench.flood.writes", 100);
    static final boolean SAME_SOURCE = Boolean.getBoolean("bench.flood.same-source");

    @LocalServerPort
    int port;

    @Test
    void writer_latency_with_and_without_sixteen_threads_of_bad_logins() throws Exception {
        String base = "http://localhost:" + port;
        String[] seed;
        try (RoomBrowser api = new RoomBrowser(base)) {
            seed = api.seedDocumentAndParagraph();
            for (int i = 0; i < 10; i++) api.proposeItem(seed[0], seed[1], "warm-up " + i);
            List<Long> quiet = writes(api, seed, "quiet");
            AtomicBoolean running = new AtomicBoolean(true);
            Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
            List<Thread> attackers = new ArrayList<>();
            long floodStart = System.nanoTime();
            for (int i = 0; i < ATTACKERS; i++) {
                String source = SAME_SOURCE ? "127.0.0.1" : "127.0.0." + (100 + i);
                attackers.add(Thread.ofPlatform().name("attacker-" + i).start(() -> attack(base, source, running, answers)));
            }
            Thread.sleep(2_000);
            List<Long> flooded = writes(api, seed, "flooded");
            running.set(false);
            for (Thread t : attackers) t.join();
            double seconds = (System.nanoTime() - floodStart) / 1e9;
            long total = answers.values().stream().mapToLong(AtomicLong::get).sum();
            System.out.printf("BENCH login_flood.writer_quiet_p50 %d ms%n", percentile(quiet, 50));
            System.out.printf("BENCH login_flood.writer_quiet_p95 %d ms%n", percentile(quiet, 95));
            System.out.printf("BENCH login_flood.writer_flooded_p50 %d ms%n", percentile(flooded, 50));
            System.out.printf("BENCH login_flood.writer_flooded_p95 %d ms%n", percentile(flooded, 95));
            System.out.printf("BENCH login_flood.attacker_requests_per_second %.0f /s%n", total / seconds);
            answers.forEach((status, n) -> System.out.printf("login_flood attackers got %d: %d%n", status, n.get()));
        }
    }

    private List<Long> writes(RoomBrowser api, String[] seed, String phase) throws Exception {
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = api.proposeItem(seed[0], seed[1], "flood-" + phase + "-" + i);
            ms.add((System.nanoTime() - t0) / 1_000_000);
            if (r.statusCode() != 201) throw new AssertionError("write refused: " + r.statusCode() + " " + r.body());
        }
        return ms;
    }

    private static void attack(String base, String source, AtomicBoolean running, Map<Integer, AtomicLong> answers) {
        try {
            HttpClient http = HttpClient.newBuilder().localAddress(InetAddress.getByName(source))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            while (running.get()) {
                String guess = "anon-" + UUID.randomUUID().toString().substring(0, 8) + ":" + UUID.randomUUID();
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/documents"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", Api.basic(guess)).build();
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                answers.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            }
        } catch (Exception e) {
            if (running.get()) throw new IllegalStateException(e);
        }
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
