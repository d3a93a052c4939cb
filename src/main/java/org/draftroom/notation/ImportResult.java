package org.draftroom.notation;

import java.util.List;
import org.draftroom.negotiation.NegotiationDocument;

/** A whole imported document and what looked wrong in the source (e.g. unbalanced brackets). */
public record ImportResult(NegotiationDocument document, List<ImportWarning> warnings) {
    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
