package org.draftroom.room.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.SignIn.as;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.draftroom.DraftroomIT;
import org.draftroom.audit.AuditTrail;
import org.draftroom.audit.ChainVerification;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import org.draftroom.notation.ModelJson;
import org.draftroom.testkit.Api;

/**
 * 1, 4, 8, 16 and 32 concurrent writers through the HTTP API, each adding items without pause for
 * {@code draftroom.load.seconds} (5 by default) per level, once each after its own paragraph and once all after
 * the same paragraph. Every answer is counted: writes per second, p95 latency, errors (non-2xx or no answer),
 * acknowledged but missing, stored but not acknowledged; then the audit trail must verify (no revision without
 * its entry). Prints {@code BENCH} lines. Before the audit moved into the change's transaction, 12 writers took
 * throughput from 42/s to 0.7/s with 30 s hangs, failed answers for stored writes and lost audit lines.
 */
@DraftroomIT
class RoomApiLoadIT {
    /** -Ddraftroom.load.levels=32 runs one level (A/B comparisons of a change); all five by default. */
    static final int[] LEVELS = java.util.Arrays.stream(System.getProperty("draftroom.load.levels", "1,4,8,16,32")
            .split(",")).mapToInt(l -> Integer.parseInt(l.strip())).toArray();
    static final int PARAGRAPHS = 32;
    static final long SECONDS = Long.getLong("draftroom.load.seconds", 5);
    /**
     * The goal is 1 s at 32 writers on a quiet machine (-Ddraftroom.load.p95-limit-ms=1000); the test command runs
     * beside other work, so by default it only proves that no request hangs (the old failure was 30 s waits).
     */
    static final long P95_LIMIT_MS = Long.getLong("draftroom.load.p95-limit-ms", 15_000);
    static final List<String> DELEGATIONS = List.of("PK", "US", "RU", "DZ", "IN", "CN", "JP", "FR");

    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;
    @Autowired
    AuditTrail trail;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Level(String mode, int writers, int writes, double perSecond, long p95Ms, int errors, int missing,
                 int unacknowledged) {
    }

    @Test
    void writers_at_every_level_complete_without_errors_loss_or_unacknowledged_writes() throws Exception {
        List<Level> levels = new ArrayList<>();
        run(false, 4); // warm-up, not counted: the first calls of a fresh server compile its code paths
        for (boolean oneParagraph : new boolean[]{false, true}) {
            for (int writers : LEVELS) levels.add(run(oneParagraph, writers));
        }
        ChainVerification audit = as("admin", () -> trail.verify());
        System.out.println("LOAD audit: " + audit.describe());
        for (Level l : levels) {
            assertThat(l.errors()).as("errors at %s", l).isZero();
            assertThat(l.missing()).as("acknowledged but missing at %s", l).isZero();
            assertThat(l.unacknowledged()).as("stored but unacknowledged at %s", l).isZero();
            assertThat(l.p95Ms()).as("p95 at %s", l).isLessThanOrEqualTo(P95_LIMIT_MS);
            assertThat(l.writes()).as("writes at %s", l).isPositive();
        }
        assertThat(audit.intact()).as(audit.describe()).isTrue();
    }

    private Level run(boolean oneParagraph, int writers) throws Exception {
        String mode = oneParagraph ? "one_paragraph" : "across_paragraphs";
        String doc = as("secretariat", () -> documents.create(document("TEST/LOAD/" + System.nanoTime()), null));
        String path = "/api/v1/documents/" + doc + "/proposals";
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> failed = Collections.synchronizedList(new ArrayList<>());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            String paragraph = oneParagraph ? "q0" : "q" + writer;
            threads.add(Thread.ofVirtual().start(() -> {
                for (int n = 0; System.nanoTime() < end; n++) {
                    String marker = "load-" + mode + "-" + writers + "-" + writer + "-" + n;
                    String body = "{\"kind\":\"add-item\",\"blockId\":\"" + paragraph + "\",\"wording\":\"" + marker
                            + "\",\"delegation\":\"" + DELEGATIONS.get(writer % DELEGATIONS.size()) + "\"}";
                    long t0 = System.nanoTime();
                    boolean ok = false;
                    try {
                        HttpResponse<String> r = http.send(request(path, body, doc + "-" + marker), HttpResponse.BodyHandlers.ofString());
                        ok = r.statusCode() == 201;
                        if (!ok) System.out.println("LOAD error " + r.statusCode() + ": " + r.body());
                    } catch (Exception noAnswer) {
                        System.out.println("LOAD no answer: " + noAnswer);
                    }
                    latencies.add((System.nanoTime() - t0) / 1_000_000);
                    if (ok) acknowledged.add(marker);
                    else {
                        errors.incrementAndGet();
                        failed.add(marker);
                    }
                }
            }));
        }
        for (Thread t : threads) t.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        String stored = new ModelJson().write(as("secretariat", () -> documents.load(doc)));
        int missing = (int) acknowledged.stream().filter(m -> !stored.contains("\"" + m + "\"")).count();
        int unacknowledged = (int) failed.stream().filter(m -> stored.contains("\"" + m + "\"")).count();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long p95 = sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        long p50 = sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(sorted.size() * 0.5) - 1);
        Level level = new Level(mode, writers, acknowledged.size(), acknowledged.size() / seconds, p95, errors.get(),
                missing, unacknowledged);
        String name = "room_api_" + mode + "_" + writers + "_writers";
        System.out.printf("BENCH %s_writes_per_s %.1f writes/s%n", name, level.perSecond());
        System.out.printf("BENCH %s_p95 %d ms%n", name, p95);
        // waiting in a fair queue, p95 stays near p50; far above it, some writers are passed over
        System.out.printf("BENCH %s_p50 %d ms%n", name, p50);
        System.out.printf("BENCH %s_errors %d count%n", name, level.errors());
        System.out.printf("BENCH %s_acknowledged_missing %d count%n", name, missing);
        System.out.printf("BENCH %s_stored_unacknowledged %d count%n", name, unacknowledged);
        return level;
    }

    /** Each write with its own Idempotency-Key, as a careful client sends it: the load includes keeping the keys. */
    private HttpRequest request(String path, String body, String key) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Idempotency-Key", key)
                .header("Authorization", Api.basic("secretariat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    /** One section of {@link #PARAGRAPHS} short paragraphs q0, q1, …: one for each writer. */
    static NegotiationDocument document(String symbol) {
        List<Block> paragraphs = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS; i++) {
            paragraphs.add(new Paragraph("q" + i, true, List.of(new Text("Paragraph " + i + " of the load test.")),
                    List.of(), Status.OPEN, false));
        }
        return new NegotiationDocument("x", DocumentHeader.minimal(symbol, "Load test", "en"), List.of(),
                List.of(new Section("sL", "A.", List.of(new Text("Load")), paragraphs)));
    }
}
