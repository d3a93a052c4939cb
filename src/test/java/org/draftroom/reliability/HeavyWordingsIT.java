package org.draftroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.Api.quote;
import static org.draftroom.testkit.SignIn.as;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.TextLimits;
import org.draftroom.testkit.Api;
import org.draftroom.testkit.TestDocuments;

/**
 * One user's large wordings do not stall everyone else (issue 12, finding 3: four 210 KB wordings made
 * {@code GET /documents} take 38.4 s). Four writers keep sending wordings of the maximal size, each a complete
 * rewrite (the diff's worst case), and 210 KB ones (refused); meanwhile a reader lists the documents. Prints
 * {@code BENCH} lines; the goal is p95 ≤ 200 ms on a quiet 2-core machine, the assertion allows a shared one.
 */
@DraftroomIT
class HeavyWordingsIT {
    static final long SECONDS = Long.getLong("heavy.seconds", 10);
    /** The stall it guards against was 38.4 s; on a shared, loaded machine the listing itself takes seconds. */
    static final long P95_BOUND_MS = Long.getLong("heavy.p95-bound-ms", 8_000);

    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;

    /** A wording of {@code chars} characters that shares as little as possible with any other seed's. */
    static String rewrite(int chars, int seed) {
        StringBuilder out = new StringBuilder(chars);
        long x = seed * 7919L + 17;
        while (out.length() < chars) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            out.append((char) (0x4E00 + (int) ((x >>> 33) % 5000)));
        }
        return out.toString();
    }

    @Test
    void listing_the_documents_stays_fast_while_four_maximal_wordings_are_processed() throws Exception {
        Api api = new Api(port);
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            docs.add(as("secretariat", () -> documents.create(TestDocuments.tor("TEST/HEAVY/" + System.nanoTime()), null)));
        }
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Integer> unexpected = Collections.synchronizedList(new ArrayList<>());
        List<Long> writeMillis = Collections.synchronizedList(new ArrayList<>());
        ConcurrentHashMap<Integer, Integer> seeds = new ConcurrentHashMap<>();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String doc = docs.get(w);
            int writer = w;
            running.add(writers.submit(() -> {
                int round = 0;
                while (System.nanoTime() < end) {
                    int seed = seeds.merge(writer, 1, Integer::sum) * 10 + writer;
                    boolean huge = round++ % 4 == 3;
                    String wording = rewrite(huge ? 210 * 1024 : TextLimits.WORDING, seed);
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = api.post("/api/v1/documents/" + doc + "/base-text", "secretariat",
                            "{\"blockId\":\"p5\",\"wording\":" + quote(wording) + "}");
                    writeMillis.add((System.nanoTime() - t0) / 1_000_000);
                    if (r.statusCode() == 200) stored.incrementAndGet();
                    else if (r.statusCode() == 413 && huge) refused.incrementAndGet();
                    else unexpected.add(r.statusCode());
                }
            }));
        }
        List<Long> reads = new ArrayList<>();
        Thread.sleep(300); // the writers are busy
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = api.get("/api/v1/documents", "observer");
            reads.add((System.nanoTime() - t0) / 1_000_000);
            assertThat(r.statusCode()).isEqualTo(200);
            Thread.sleep(20);
        }
        for (Future<?> f : running) f.get();
        writers.shutdown();

        Collections.sort(reads);
        long p50 = reads.get(reads.size() / 2);
        long p95 = reads.get((int) Math.ceil(reads.size() * 0.95) - 1);
        List<Long> writes = new ArrayList<>(writeMillis);
        Collections.sort(writes);
        System.out.printf("BENCH heavy.get_documents_p50 %d ms%n", p50);
        System.out.printf("BENCH heavy.get_documents_p95 %d ms%n", p95);
        System.out.printf("BENCH heavy.get_documents_max %d ms%n", reads.getLast());
        System.out.printf("BENCH heavy.get_documents_samples %d count%n", reads.size());
        System.out.printf("BENCH heavy.maximal_wordings_stored %d count%n", stored.get());
        System.out.printf("BENCH heavy.oversized_wordings_refused %d count%n", refused.get());
        System.out.printf("BENCH heavy.wording_write_p50 %d ms%n", writes.get(writes.size() / 2));

        assertThat(unexpected).isEmpty();
        assertThat(stored.get()).isGreaterThanOrEqualTo(4);
        assertThat(refused.get()).isGreaterThanOrEqualTo(1);
        assertThat(p95).isLessThanOrEqualTo(P95_BOUND_MS);
    }
}
