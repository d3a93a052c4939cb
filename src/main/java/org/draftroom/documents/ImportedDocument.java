package org.draftroom.documents;

import java.util.List;

import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Walk;
import org.draftroom.notation.ImportWarning;

/** A document just imported and stored, with what the importer found doubtful in the source. */
public record ImportedDocument(String id, String sessionCode, NegotiationDocument document,
                               List<ImportWarning> warnings) {
    public ImportedDocument {
        warnings = List.copyOf(warnings);
    }

    public long paragraphs() {
        return Walk.blocks(document).stream().filter(b -> b instanceof Paragraph).count();
    }

    public int proposals() {
        return Walk.proposals(document).size();
    }

    public int positions() {
        return Walk.positions(document).size();
    }
}
