package org.draftroom.exports.internal.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.draftroom.exports.internal.render.Rendition;

/**
 * PDF through openhtmltopdf from the XHTML of {@link XhtmlWriter}: PDF/A-2u and tagged (PDF/UA) with the document's
 * language, every font embedded, bookmarks for the sections, and a text layer mended by {@link TextLayer} so that
 * copied text is the text set.
 */
public final class PdfWriter {
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public byte[] write(Rendition rendition) {
        Fonts fonts = Fonts.get();
        String html = new XhtmlWriter(true, fonts.families(rendition.language())).document(rendition);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        Fonts.Parsed parsed = fonts.borrow();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(SRGB);
            builder.withProducer("Draftroom");
            builder.usePDDocument(document);
            builder.withHtmlContent(html, null);
            parsed.register(builder, document);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            fonts.giveBack(parsed);
        }
        try {
            return TextLayer.mend(out.toByteArray(), fonts.glyphSources(), html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
