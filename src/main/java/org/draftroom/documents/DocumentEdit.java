package org.draftroom.documents;

import java.util.Objects;
import java.util.function.UnaryOperator;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.TextLimits;

/**
 * A change to a document, recorded in its history.
 *
 * @param action           short verb for the history ("propose", "position", "agree", "chair-text", …)
 * @param blockId          the block acted on, or null for document-wide changes
 * @param onBehalf         the delegation(s) the change was made for (the secretariat types for others), or null
 * @param summary          a human-readable line for the history, may be null
 * @param change           computes the new state from the latest one; must be free of side effects, since it is
 *                         applied again to a fresher state when another edit got in first
 * @param expectedRevision the revision the user saw: the edit fails with {@link EditConflictException} if the
 *                         document moved on; null to apply to whatever is latest
 * @param sideRecords      what else the change writes (e.g. a chair's text's lineage), in the change's own
 *                         transaction once the revision is stored, so the two commit or fail together
 */
public record DocumentEdit(String action, String blockId, Actors onBehalf, String summary,
                           UnaryOperator<NegotiationDocument> change, Long expectedRevision, SideRecords sideRecords) {
    public DocumentEdit {
        if (action == null || action.isBlank()) throw new IllegalArgumentException("action is required");
        Objects.requireNonNull(change, "change");
        // the history row's columns: the summary is a description (the text itself is in the revision), so
        // it is shortened; the delegations are the record of who acted, so too many are refused
        summary = TextLimits.abbreviate(summary, TextLimits.HISTORY_SUMMARY);
        if (onBehalf != null) {
            int length = String.join(",", onBehalf.by()).length();
            if (length > TextLimits.HISTORY_DELEGATIONS) {
                throw new TextLimits.TooLong("the delegations acting (co-sponsors included)",
                        TextLimits.HISTORY_DELEGATIONS, length, "characters of ids", false);
            }
            TextLimits.check("the group spoken for", onBehalf.onBehalfOf(), 64, false);
        }
        TextLimits.check("the block id", blockId, 100, false);
        Objects.requireNonNull(sideRecords, "sideRecords");
    }

    public DocumentEdit(String action, String blockId, Actors onBehalf, String summary,
                        UnaryOperator<NegotiationDocument> change, Long expectedRevision) {
        this(action, blockId, onBehalf, summary, change, expectedRevision, SideRecords.NONE);
    }

    public DocumentEdit withSideRecords(SideRecords records) {
        return new DocumentEdit(action, blockId, onBehalf, summary, change, expectedRevision, records);
    }

    /** Rows another module keeps about a change; written with the revision and rolled back with it. */
    @FunctionalInterface
    public interface SideRecords {
        SideRecords NONE = (documentId, revision) -> { };

        void write(String documentId, long revision);
    }
}
