package org.draftroom.notation;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.delegations.Forum;
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
    /** One pipeline per forum, so a forum's names are matched against its own groups only. */
    private final Map<Forum, TextImport> forums = new EnumMap<>(Forum.class);

    public NotationImporter(DelegationRegistry registry) {
        this.pipeline = new TextImport(new NotationNames(registry));
        for (Forum f : Forum.values()) forums.put(f, new TextImport(new NotationNames(registry.forForum(f))));
    }

    public ImportResult importText(String text, ImportOptions options) {
        ImportOptions o = options == null ? ImportOptions.fromHeader() : options;
        return pipeline(o).run(Source.of(text), o, true);
    }

    /** Bytes of a plain-text upload, which must be UTF-8 (a byte order mark is allowed). */
    public ImportResult importBytes(byte[] utf8, ImportOptions options) {
        ImportOptions o = options == null ? ImportOptions.fromHeader() : options;
        return pipeline(o).run(Source.ofUtf8(utf8), o, true);
    }

    private TextImport pipeline(ImportOptions options) {
        return options.forum() == null ? pipeline : forums.get(options.forum());
    }

    /** The paragraphs of a Word document, read as notation text (one paragraph per line). */
    public ImportResult importDocx(InputStream docx, ImportOptions options) {
        String text;
        try {
            text = DocxText.read(docx);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(1, 1, "not a readable DOCX file: " + e.getMessage());
        }
        ImportOptions o = options == null ? ImportOptions.fromHeader() : options;
        return pipeline(o).run(Source.of(text), o, false);
    }
}
