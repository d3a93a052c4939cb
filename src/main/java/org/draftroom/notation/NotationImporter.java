package org.draftroom.notation;

import java.io.IOException;
import java.io.InputStream;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.notation.internal.reading.DocxText;
import org.draftroom.notation.internal.reading.NotationNames;
import org.draftroom.notation.internal.reading.Source;
import org.draftroom.notation.internal.reading.TextImport;
import org.springframework.stereotype.Component;

/**
 * Imports a negotiation text in bracket notation (Chinese house notation or English conventions) into the model.
 * The whole document is built in memory and returned, or an {@link ImportException} says where the input could
 * not be read: there are never partial results.
 */
@Component
public class NotationImporter {
    private final TextImport pipeline;

    public NotationImporter(DelegationRegistry registry) {
        this.pipeline = new TextImport(new NotationNames(registry));
    }

    public ImportResult importText(String text, ImportOptions options) {
        return pipeline.run(Source.of(text), options == null ? ImportOptions.fromHeader() : options, true);
    }

    /** Bytes of a plain-text upload, which must be UTF-8 (a byte order mark is allowed). */
    public ImportResult importBytes(byte[] utf8, ImportOptions options) {
        return pipeline.run(Source.ofUtf8(utf8), options == null ? ImportOptions.fromHeader() : options, true);
    }

    /** The paragraphs of a Word document, read as notation text (one paragraph per line). */
    public ImportResult importDocx(InputStream docx, ImportOptions options) {
        String text;
        try {
            text = DocxText.read(docx);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(1, 1, "not a readable DOCX file: " + e.getMessage());
        }
        return pipeline.run(Source.of(text), options == null ? ImportOptions.fromHeader() : options, false);
    }
}
