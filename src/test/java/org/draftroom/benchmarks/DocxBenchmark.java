package org.draftroom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.draftroom.exports.internal.docx.DocxWriter;
import org.draftroom.exports.internal.docx.ReviewFacts;
import org.draftroom.exports.internal.render.Mode;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.RenditionBuilder;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.testkit.GeneratedDocuments;
import org.draftroom.testkit.SeedTexts;

/**
 * The Word review export (tracked changes, comments, footnotes, issuable layout) of the seed terms of reference and
 * of a 5,000-paragraph document, model to DOCX bytes in a warm JVM as in the server. Medians.
 */
class DocxBenchmark {
    private static final Names NAMES = Names.of(SeedTexts.REGISTRY);

    @Test
    void tracked_docx_of_the_terms_of_reference_and_of_5000_paragraphs() {
        NegotiationDocument tor = SeedTexts.tor3415();
        double torMs = median(tor, 5, 15);
        System.out.printf("BENCH docx_tor_ms %.1f ms%n", torMs);
        NegotiationDocument large = GeneratedDocuments.withParagraphs(5_000, 10, 2);
        double largeMs = median(large, 2, 5);
        System.out.printf("BENCH docx_5000_paragraphs_ms %.1f ms%n", largeMs);
        List<Double> rendition = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            RenditionBuilder.rendition(large, NAMES, Mode.TRACKED);
            rendition.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(rendition);
        System.out.printf("BENCH docx_5000_paragraphs_rendition_only_ms %.1f ms%n", rendition.get(2));
        assertThat(torMs).isPositive();
    }

    private static double median(NegotiationDocument doc, int warm, int runs) {
        ReviewFacts facts = ReviewFacts.of(List.of(doc), NAMES, Map.of(), Instant.parse("2021-12-23T00:00:00Z"));
        for (int i = 0; i < warm; i++) new DocxWriter(facts).write(RenditionBuilder.rendition(doc, NAMES, Mode.TRACKED));
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            byte[] bytes = new DocxWriter(facts).write(RenditionBuilder.rendition(doc, NAMES, Mode.TRACKED));
            times.add((System.nanoTime() - start) / 1e6);
            assertThat(bytes.length).isPositive();
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
