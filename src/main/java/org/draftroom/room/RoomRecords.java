package org.draftroom.room;

import java.util.List;
import java.util.Locale;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.HistoryEntry;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.room.internal.Agreement;
import org.draftroom.room.internal.Describe;
import org.draftroom.room.internal.DocumentEdits;

/** The words the room writes into history lines and messages: delegations by name, paragraphs by number. */
final class RoomRecords {
    /** The history column holds 2,000 characters. */
    private static final int LIMIT = 1990;

    private final DocumentService documents;
    private final DelegationRegistry delegations;

    RoomRecords(DocumentService documents, DelegationRegistry delegations) {
        this.documents = documents;
        this.delegations = delegations;
    }

    Describe describe(NegotiationDocument doc) {
        return new Describe(doc, id -> delegations.displayName(id, Locale.ENGLISH));
    }

    /** The history line of an agreement or adoption: what it was, and every word it takes out of the text. */
    String record(NegotiationDocument doc, String proposalId, String prefix) {
        String removed = Agreement.removedBy(doc, proposalId);
        String line = prefix + describe(doc).proposal(DocumentEdits.requireProposal(doc, proposalId))
                + (removed.isEmpty() ? "" : "; it replaces “" + removed + "”");
        return line.length() <= LIMIT ? line : line.substring(0, LIMIT - 1) + "…";
    }

    String conflict(String documentId, String blockId, long baseRev, String explanation) {
        List<String> who = documents.history(documentId, blockId).stream().filter(h -> h.revision() > baseRev)
                .map(HistoryEntry::actor).distinct().toList();
        return "the wording of " + describe(documents.load(documentId)).where(blockId)
                + " changed while you were editing it (you started from revision " + baseRev + "): "
                + explanation + (who.isEmpty() ? "" : " by " + String.join(", ", who))
                + ". Your edit touches the same words, so it was not recorded; reopen the paragraph and edit again.";
    }
}
