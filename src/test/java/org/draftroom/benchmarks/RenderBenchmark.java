package org.draftroom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.draftroom.testkit.GeneratedDocuments;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.documents.ui.ReadingContext;
import org.draftroom.documents.ui.SectionPanel;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.notation.HtmlOptions;
import org.draftroom.notation.Renderer;

/**
 * Marked-up HTML render cost at 500 and 5,000 paragraphs (~10 proposals each, each with a position):
 * total time and per-paragraph cost, which should stay flat as the document grows. Goal: 5,000 ≤ 1 s.
 */
class RenderBenchmark {
    private final Renderer renderer = new Renderer(DelegationRegistry.standard());

    @Test
    void marked_up_html_render_cost() {
        NegotiationDocument small = GeneratedDocuments.withParagraphs(500, 10, 1);
        NegotiationDocument large = GeneratedDocuments.withParagraphs(5_000, 10, 2);
        for (int i = 0; i < 5; i++) {
            renderer.html(small, HtmlOptions.fragment());
            renderer.html(large, HtmlOptions.fragment());
        }
        double smallMs = bestOf(small, 10);
        double largeMs = bestOf(large, 5);
        System.out.printf("BENCH render.html_500_paragraphs %.1f ms%n", smallMs);
        System.out.printf("BENCH render.html_5000_paragraphs %.1f ms%n", largeMs);
        System.out.printf("BENCH render.per_paragraph_500 %.1f us%n", smallMs * 1000 / 500);
        System.out.printf("BENCH render.per_paragraph_5000 %.1f us%n", largeMs * 1000 / 5000);
        assertThat(renderer.html(large, HtmlOptions.fragment())).contains("p4999");
    }

    /** The same documents as the room's reading view builds them on the server (components, inline HTML). */
    @Test
    void reading_view_render_cost() {
        NegotiationDocument small = GeneratedDocuments.withParagraphs(500, 10, 1);
        NegotiationDocument large = GeneratedDocuments.withParagraphs(5_000, 10, 2);
        for (int i = 0; i < 5; i++) {
            readingView(small);
            readingView(large);
        }
        double smallMs = best(() -> readingView(small), 10);
        double largeMs = best(() -> readingView(large), 5);
        System.out.printf("BENCH render.reading_view_500_paragraphs %.1f ms%n", smallMs);
        System.out.printf("BENCH render.reading_view_5000_paragraphs %.1f ms%n", largeMs);
        System.out.printf("BENCH render.reading_view_per_paragraph_500 %.1f us%n", smallMs * 1000 / 500);
        System.out.printf("BENCH render.reading_view_per_paragraph_5000 %.1f us%n", largeMs * 1000 / 5000);
        assertThat(readingView(large)).isEqualTo(5_000);
    }

    private static int readingView(NegotiationDocument document) {
        ReadingContext ctx = ReadingContext.of(document, DelegationRegistry.standard(), Locale.ENGLISH, key -> key);
        int[] paragraphs = {0};
        for (int i = 0; i < document.sections().size(); i++) {
            new SectionPanel(document.sections().get(i), i, ctx, p -> paragraphs[0]++);
        }
        return paragraphs[0];
    }

    private static double best(Runnable render, int runs) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            render.run();
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best / 1e6;
    }

    private double bestOf(NegotiationDocument document, int runs) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            String html = renderer.html(document, HtmlOptions.fragment());
            best = Math.min(best, System.nanoTime() - t0);
            if (html.isEmpty()) throw new AssertionError("empty render");
        }
        return best / 1e6;
    }
}
