package org.draftroom.exports.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.draftroom.exports.internal.render.Rendition;

/** PDF through openhtmltopdf from the XHTML of {@link HtmlWriter}, with embedded fonts. */
public final class PdfWriter {

    public byte[] write(Rendition rendition) {
        Fonts fonts = Fonts.get();
        String html = new HtmlWriter(true, fonts.families(rendition.language())).document(rendition);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            fonts.register(builder);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
