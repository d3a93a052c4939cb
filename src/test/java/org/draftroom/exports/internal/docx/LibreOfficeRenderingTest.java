package org.draftroom.exports.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.draftroom.exports.LibreOffice;
import org.draftroom.testkit.SeedTexts;
import org.draftroom.exports.internal.render.Mode;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.RenditionBuilder;
import org.draftroom.negotiation.NegotiationDocument;

/** Our DOCX as LibreOffice sees it: needs libreoffice-writer-nogui and fonts-noto-cjk (installed by .ci/run). */
class LibreOfficeRenderingTest {
    private static final Names NAMES = Names.of(SeedTexts.REGISTRY);

    private static byte[] pdf(NegotiationDocument doc, Mode mode, String dir) throws Exception {
        byte[] docx = new DocxWriter(Instant.parse("2023-06-23T00:00:00Z"))
                .write(RenditionBuilder.rendition(doc, NAMES, mode));
        return LibreOffice.docxToPdf(docx, Path.of("target", "libreoffice", dir));
    }

    /** Pixels in strong colour on the first pages: LibreOffice paints tracked changes in author colours. */
    private static int colouredPixels(PDDocument pdf) throws Exception {
        PDFRenderer renderer = new PDFRenderer(pdf);
        int count = 0;
        for (int page = 0; page < Math.min(3, pdf.getNumberOfPages()); page++) {
            BufferedImage image = renderer.renderImageWithDPI(page, 50);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                    if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80) count++;
                }
            }
        }
        return count;
    }

    @Test
    void the_marked_up_terms_of_reference_open_in_libreoffice_with_chinese_and_tracked_changes() throws Exception {
        NegotiationDocument tor = SeedTexts.tor3415();
        try (PDDocument tracked = Loader.loadPDF(pdf(tor, Mode.TRACKED, "tracked"));
             PDDocument clean = Loader.loadPDF(pdf(tor, Mode.CLEAN_AGREED, "clean"))) {
            String text = new PDFTextStripper().getText(tracked);
            assertThat(text).contains("计划和预算委员会").contains("驻外办事处").contains("WO/PBC/34/15");
            Set<String> fonts = new HashSet<>();
            for (PDPage page : tracked.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("CJK"));
            int trackedColour = colouredPixels(tracked);
            int cleanColour = colouredPixels(clean);
            assertThat(trackedColour).isGreaterThan(500).isGreaterThan(10 * Math.max(1, cleanColour));
        }
    }
}
