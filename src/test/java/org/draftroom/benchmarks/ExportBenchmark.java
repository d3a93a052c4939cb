package org.draftroom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.draftroom.exports.LibreOffice;
import org.draftroom.testkit.GeneratedDocuments;
import org.draftroom.testkit.SeedTexts;
import org.draftroom.exports.internal.docx.DocxWriter;
import org.draftroom.exports.internal.pdf.PdfWriter;
import org.draftroom.exports.internal.render.Mode;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.RenditionBuilder;
import org.draftroom.negotiation.NegotiationDocument;

/**
 * The marked-up terms of reference (seed WO/PBC/34/15, house notation with attributions) as PDF: our
 * exporter (model → PDF, in a warm JVM as in the server) against LibreOffice converting the DOCX of the same
 * rendition (a fresh {@code libreoffice --headless --convert-to pdf}, as the secretariat would run it).
 * Medians of several runs. Needs libreoffice-writer-nogui and fonts-noto-cjk.
 */
class ExportBenchmark {

    @Test
    void pdf_export_of_the_terms_of_reference_against_libreoffice() throws Exception {
        NegotiationDocument tor = SeedTexts.tor3415();
        Names names = Names.of(SeedTexts.REGISTRY);
        PdfWriter pdf = new PdfWriter();
        for (int i = 0; i < 3; i++) pdf.write(RenditionBuilder.rendition(tor, names, Mode.BRACKETS));
        List<Double> ours = new ArrayList<>();
        int pages = 0;
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            byte[] bytes = pdf.write(RenditionBuilder.rendition(tor, names, Mode.BRACKETS));
            ours.add((System.nanoTime() - start) / 1e6);
            pages = bytes.length;
        }
        Rendition rendition = RenditionBuilder.rendition(tor, names, Mode.BRACKETS);
        byte[] docx = new DocxWriter(Instant.now()).write(rendition);
        List<Double> office = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            LibreOffice.docxToPdf(docx, Path.of("target", "bench-libreoffice", "run" + i));
            office.add((System.nanoTime() - start) / 1e6);
        }
        double oursMs = median(ours);
        double officeMs = median(office);
        System.out.printf("BENCH export.pdf_tor_ms %.1f ms%n", oursMs);
        System.out.printf("BENCH export.libreoffice_docx_to_pdf_ms %.1f ms%n", officeMs);
        System.out.printf("BENCH export.pdf_speedup_vs_libreoffice %.2f x%n", officeMs / oursMs);
        assertThat(pages).isPositive();
    }

    /**
     * The tracked ToR (per-delegation colours, legend) and a generated 5,000-paragraph document (10 proposals a
     * paragraph), warm: the PDF/UA tagging and the ToUnicode mending included. Pages as a size check.
     */
    @Test
    void pdf_export_of_the_tracked_terms_of_reference_and_of_5000_paragraphs() throws Exception {
        Names names = Names.of(SeedTexts.REGISTRY);
        PdfWriter pdf = new PdfWriter();
        Rendition tracked = RenditionBuilder.rendition(SeedTexts.tor3415(), names, Mode.TRACKED);
        for (int i = 0; i < 3; i++) pdf.write(tracked);
        List<Double> tor = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            pdf.write(tracked);
            tor.add((System.nanoTime() - start) / 1e6);
        }
        Rendition large = RenditionBuilder.rendition(GeneratedDocuments.withParagraphs(5_000, 10, 2), names, Mode.BRACKETS);
        pdf.write(large);
        List<Double> big = new ArrayList<>();
        byte[] bytes = null;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            bytes = pdf.write(large);
            big.add((System.nanoTime() - start) / 1e6);
        }
        int pages = org.draftroom.exports.ExportedFiles.pdfPages(bytes);
        System.out.printf("BENCH export.pdf_tor_tracked_ms %.1f ms%n", median(tor));
        System.out.printf("BENCH export.pdf_5000_paragraphs_ms %.1f ms%n", median(big));
        System.out.printf("BENCH export.pdf_5000_paragraphs_pages %d pages%n", pages);
        System.out.printf("BENCH export.pdf_5000_paragraphs_per_page %.1f ms%n", median(big) / pages);
        assertThat(pages).isGreaterThan(100);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
