package org.draftroom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import org.draftroom.reliability.AppProcess;
import org.draftroom.reliability.RoomBrowser;

/**
 * Live propagation: N browser sessions (one Chromium, one context each, different demo users) have the seed
 * document open; the secretariat commits a proposal with a unique marker through the API (rounds alternate between
 * the two commonest acts: new wording of a paragraph, and a new item after it), and each page records,
 * with a MutationObserver, the wall-clock moment the marker enters its DOM. Figures are from the moment the
 * API call returned (commit acknowledged) and, for reference, from the moment it was sent.
 */
class LivePropagationBenchmark {
    static final int SESSIONS = Integer.getInteger("bench.live.sessions", 20);
    static final int REPETITIONS = Integer.getInteger("bench.live.repetitions", 20);

    /** Arms a one-shot observer for the marker; window.__seenAt becomes the epoch ms of its arrival. */
    static final String ARM = """
            m => {
              window.__seenAt = 0;
              const hit = n => (n.textContent || '').includes(m);
              const obs = new MutationObserver(records => {
                for (const r of records) {
                  if ((r.type === 'characterData' && hit(r.target)) || [...r.addedNodes].some(hit)) {
                    window.__seenAt = performance.timeOrigin + performance.now();
                    obs.disconnect();
                    return;
                  }
                }
              });
              obs.observe(document.body, {childList: true, subtree: true, characterData: true});
            }""";

    @Test
    void committed_proposal_reaches_every_open_session() throws Exception {
        Path data = Files.createTempDirectory("draftroom-live");
        try (AppProcess app = new AppProcess(data)) {
            app.start();
            try (RoomBrowser room = new RoomBrowser(app.base())) {
                String[] seed = room.seedDocumentAndParagraph();
                List<Page> pages = new ArrayList<>();
                for (int i = 0; i < SESSIONS; i++) {
                    pages.add(room.openDocument(RoomBrowser.READERS.get(i % RoomBrowser.READERS.size()), seed[0]));
                }
                // one unmeasured round: warms the server's and the pages' paths
                round(room, pages, seed, "warm-up-" + System.nanoTime(), false, null, null);
                round(room, pages, seed, "warm-up-" + System.nanoTime(), true, null, null);
                List<Double> fromReturn = new ArrayList<>();
                List<Double> fromSend = new ArrayList<>();
                for (int r = 0; r < REPETITIONS; r++) {
                    round(room, pages, seed, "live-marker-" + r + "-" + System.nanoTime(), r % 2 == 0, fromReturn, fromSend);
                    Thread.sleep(500);
                }
                assertThat(fromReturn).hasSize(SESSIONS * REPETITIONS);
                System.out.println("BENCH live.sessions " + SESSIONS + " count");
                System.out.println("BENCH live.samples " + fromReturn.size() + " count");
                System.out.printf("BENCH live.propagation_p50 %.1f ms%n", percentile(fromReturn, 50));
                System.out.printf("BENCH live.propagation_p95 %.1f ms%n", percentile(fromReturn, 95));
                System.out.printf("BENCH live.propagation_max %.1f ms%n", percentile(fromReturn, 100));
                System.out.printf("BENCH live.request_to_page_p50 %.1f ms%n", percentile(fromSend, 50));
                System.out.printf("BENCH live.request_to_page_p95 %.1f ms%n", percentile(fromSend, 95));
            }
        }
    }

    private static void round(RoomBrowser room, List<Page> pages, String[] seed, String marker, boolean newWording,
                              List<Double> fromReturn, List<Double> fromSend) throws Exception {
        for (Page p : pages) p.evaluate(ARM, marker);
        long sent = System.currentTimeMillis();
        var response = newWording ? room.proposeWordingAppending(seed[0], seed[1], marker) : room.proposeItem(seed[0], seed[1], marker);
        long returned = System.currentTimeMillis();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        for (Page p : pages) {
            p.waitForFunction("() => window.__seenAt > 0", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
            double seen = ((Number) p.evaluate("() => window.__seenAt")).doubleValue();
            if (fromReturn != null) {
                fromReturn.add(seen - returned);
                fromSend.add(seen - sent);
            }
        }
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
