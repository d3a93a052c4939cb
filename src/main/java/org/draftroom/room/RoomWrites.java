package org.draftroom.room;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.draftroom.documents.DocumentEdit;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.HeavyWork;
import org.draftroom.documents.StoredDocument;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.TextLimits;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.internal.Describe;
import org.draftroom.room.internal.DocumentEdits;
import org.draftroom.room.internal.Rebase;
import org.draftroom.room.internal.Summaries;
import org.draftroom.room.internal.Tokens;
import org.draftroom.room.internal.Tokens.Token;
import org.draftroom.room.internal.TypedText;
import org.draftroom.room.internal.WordDiff;
import org.draftroom.room.internal.WordDiff.Change;

/**
 * How a room action becomes a stored revision: one {@link DocumentEdit} with its history line, and for wording
 * edits the diff against the revision the user started from, rebased or refused as a conflict. RoomService
 * decides what an action is and who may take it; this is the one way it is written.
 */
final class RoomWrites {
    private final DocumentService documents;
    private final HeavyWork heavy;
    private final RoomRecords records;

    RoomWrites(DocumentService documents, HeavyWork heavy, RoomRecords records) {
        this.documents = documents;
        this.heavy = heavy;
        this.records = records;
    }

    @FunctionalInterface
    interface ChangeFactory {
        UnaryOperator<NegotiationDocument> make(List<Token> base, List<Change> changes, List<String> ids);
    }

    RoomOutcome diffAndApply(String documentId, String blockId, String newWording, Long baseRevision, String action,
                             Actors actors, ChangeFactory factory) {
        if (newWording == null) throw new IllegalArgumentException("the new wording is missing");
        StoredDocument latest = documents.get(documentId);
        long baseRev = baseRevision == null ? latest.revision() : baseRevision;
        NegotiationDocument baseDoc = baseRev == latest.revision() ? latest.document() : documents.asOf(documentId, baseRev);
        List<Inline> content = DocumentEdits.content(baseDoc, blockId);
        // a paragraph already longer than the limit (imported so) may still be edited, not grown
        int limit = newWording.length() <= TextLimits.WORDING ? TextLimits.WORDING
                : Math.max(TextLimits.WORDING, Walk.plainText(content).length());
        TypedText.check("the new wording", newWording, limit);
        List<Token> base = Tokens.of(content);
        List<Change> changes = heavy.run("a wording's diff",
                () -> WordDiff.changes(base, Tokens.parse(newWording, Tokens.atoms(base))));
        WordDiff.requireAtomsUntouched(base, changes);
        if (changes.isEmpty()) throw new IllegalArgumentException("the wording is unchanged: there is nothing to propose");
        List<String> ids = new ArrayList<>();
        UnaryOperator<NegotiationDocument> change = factory.make(base, changes, ids);
        Describe d = records.describe(latest.document());
        String summary = d.actors(actors) + ": " + Summaries.changes(base, changes) + " in " + d.where(blockId);
        try {
            RoomOutcome out = apply(documentId, action, blockId, actors, summary, doc -> {
                ids.clear();
                return change.apply(doc);
            }, ids);
            return new RoomOutcome(documentId, out.revision(), List.copyOf(ids), out.revision() - 1 > baseRev);
        } catch (Rebase.Conflict conflict) {
            long now = documents.get(documentId).revision();
            throw new RoomConflictException(records.conflict(documentId, blockId, baseRev, conflict.explanation()), baseRev, now);
        }
    }

    RoomOutcome apply(String documentId, String action, String blockId, Actors actors, String summary,
                      UnaryOperator<NegotiationDocument> change, List<String> ids) {
        return apply(documentId, action, blockId, actors, summary, change, ids, DocumentEdit.SideRecords.NONE);
    }

    /** With side records (lineage) written in the change's own transaction: both are stored or neither. */
    RoomOutcome apply(String documentId, String action, String blockId, Actors actors, String summary,
                      UnaryOperator<NegotiationDocument> change, List<String> ids, DocumentEdit.SideRecords side) {
        StoredDocument out = documents.apply(documentId,
                new DocumentEdit(action, blockId, actors, summary, change, null).withSideRecords(side));
        return new RoomOutcome(documentId, out.revision(), List.copyOf(ids), false);
    }
}
