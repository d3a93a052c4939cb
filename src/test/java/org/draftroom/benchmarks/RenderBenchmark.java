package org.draftroom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.draftroom.delegations.DelegationRegistry;
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
