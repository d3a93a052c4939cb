package org.draftroom.documents;

import java.util.List;

import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Walk;
import org.draftroom.notation.ImportWarning;

/**
 * What an import would store, read but not written: the header the text declares, the session it would land in,
 * its counts and the importer's warnings. {@link DocumentService#importDocument} stores the same bytes.
 */
public record ImportPreview(String symbol, String title, String language, String sessionCode, int sections,
                            long paragraphs, int proposals, int positions, List<ImportWarning> warnings) {
    public ImportPreview {
        warnings = List.copyOf(warnings);
    }

    static ImportPreview of(NegotiationDocument doc, String sessionCode, List<ImportWarning> warnings) {
        return new ImportPreview(doc.header().symbol(), doc.header().title(), doc.header().language(), sessionCode,
                doc.sections().size(), Walk.blocks(doc).stream().filter(b -> b instanceof Paragraph).count(),
                Walk.proposals(doc).size(), Walk.positions(doc).size(), warnings);
    }
}
