package org.draftroom.exports.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.draftroom.exports.internal.render.Rendition;

/** PDF through openhtmltopdf from the XHTML of {@link XhtmlWriter}, with embedded fonts. */
public final class PdfWriter {

    public byte[] write(Rendition rendition) {
        Fonts fonts = Fonts.get();
        String html = new XhtmlWriter(true, fonts.families(rendition.language())).document(rendition);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        Fonts.Parsed parsed = fonts.borrow();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
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
        return out.toByteArray();
    }
}
