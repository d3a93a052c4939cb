package org.draftroom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.notation.Renderer;
import org.draftroom.reliability.AppProcess;
import org.draftroom.reliability.RoomBrowser;
import org.draftroom.testkit.Api;
import org.draftroom.testkit.GeneratedDocuments;

/**
 * The room as a delegate's browser sees it, on the packaged app: time from navigating to a document to its text
 * being visible (the seed's terms of reference, and a generated 5,000-paragraph text), and from a click on Submit
 * in one browser to the proposal appearing in another (the UI path: dialog, service, commit, push, patch).
 * Goals: ToR open ≤ 500 ms, 5,000 paragraphs ≤ 2 s, UI-path propagation p95 ≤ 300 ms, on a quiet machine.
 */
class RoomUiBenchmark {
    static final int OPENS = Integer.getInteger("bench.room.opens", 7);
    static final int ROUNDS = Integer.getInteger("bench.room.rounds", 20);

    @Test
    void opening_a_text_and_a_proposal_from_submit_to_another_browser() throws Exception {
        Path data = Files.createTempDirectory("draftroom-roomui");
        try (AppProcess app = new AppProcess(data)) {
            app.start();
            Api api = new Api(app.base());
            try (RoomBrowser room = new RoomBrowser(app.base())) {
                String tor = room.seedDocumentAndParagraph()[0];
                String big = importGenerated(api, 5000);

                Page reader = room.openDocument("pakistan", tor);
                List<Double> torOpen = opens(reader, app.base(), tor);
                List<Double> bigOpen = opens(reader, app.base(), big);
                System.out.printf("BENCH room.open_tor_p50 %.0f ms%n", LivePropagationBenchmark.percentile(torOpen, 50));
                System.out.printf("BENCH room.open_tor_max %.0f ms%n", LivePropagationBenchmark.percentile(torOpen, 100));
                System.out.printf("BENCH room.open_5000_paragraphs_p50 %.0f ms%n", LivePropagationBenchmark.percentile(bigOpen, 50));
                System.out.printf("BENCH room.open_5000_paragraphs_max %.0f ms%n", LivePropagationBenchmark.percentile(bigOpen, 100));
                reader.context().close();

                List<Double> ui = submitToSeen(room, tor);
                assertThat(ui).hasSize(ROUNDS);
                System.out.println("BENCH room.ui_propagation_samples " + ui.size() + " count");
                System.out.printf("BENCH room.ui_propagation_p50 %.0f ms%n", LivePropagationBenchmark.percentile(ui, 50));
                System.out.printf("BENCH room.ui_propagation_p95 %.0f ms%n", LivePropagationBenchmark.percentile(ui, 95));
            }
        }
    }

    /** The secretariat imports a generated Chinese text of {@code paragraphs} paragraphs (one proposal each). */
    private static String importGenerated(Api api, int paragraphs) {
        String text = new Renderer(DelegationRegistry.standard()).marked(GeneratedDocuments.withParagraphs(paragraphs, 1, 42));
        var response = api.upload("/api/v1/documents", "secretariat", Map.of("language", "zh", "symbol", "BENCH/" + paragraphs),
                "generated.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.field(response.body(), "id");
    }

    /** Milliseconds from navigating to the document until its first paragraph is visible; one unmeasured warm-up. */
    private static List<Double> opens(Page page, String base, String documentId) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i <= OPENS; i++) {
            page.navigate(base + "/delegations");
            page.waitForLoadState();
            long start = System.nanoTime();
            page.navigate(base + "/documents/" + documentId);
            page.locator(".document-text .paragraph").first().waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.VISIBLE).setTimeout(60_000));
            if (i > 0) ms.add((System.nanoTime() - start) / 1e6);
        }
        return ms;
    }

    /**
     * Pakistan proposes new wording of a paragraph through the propose dialog; the United States' page notes (with a
     * MutationObserver) when the marker enters its DOM. From the moment of the Submit click, each round another
     * paragraph.
     */
    private static List<Double> submitToSeen(RoomBrowser room, String doc) {
        Page pakistan = room.openDocument("pakistan", doc);
        Page usa = room.openDocument("usa", doc);
        pakistan.locator(".document-text .paragraph").first().waitFor();
        List<String> blocks = pakistan.locator(".document-text .section > .blocks > .paragraph").evaluateAll(
                "els => els.filter(e => e.querySelector(':scope > .paragraph-line > .paragraph-number')).map(e => e.dataset.block)")
                instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        assertThat(blocks).isNotEmpty();
        List<Double> ms = new ArrayList<>();
        for (int r = 0; r <= ROUNDS; r++) {
            String block = blocks.get(r % blocks.size()); // a paragraph's second round adds to its wording again
            String marker = "（界面标记" + r + "）";
            pakistan.locator("#block-" + block + " .paragraph-number").first().click();
            pakistan.locator("#block-" + block + " vaadin-button.room-propose").first().click();
            Locator area = pakistan.locator("vaadin-text-area.room-wording textarea");
            area.fill(area.inputValue().stripTrailing() + marker);
            usa.evaluate(LivePropagationBenchmark.ARM, marker);
            long clicked = System.currentTimeMillis();
            pakistan.locator("vaadin-button.room-submit").click();
            usa.waitForFunction("() => window.__seenAt > 0", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
            double seen = ((Number) usa.evaluate("() => window.__seenAt")).doubleValue();
            if (r > 0) ms.add(seen - clicked);
            pakistan.waitForTimeout(300);
        }
        return ms;
    }
}
