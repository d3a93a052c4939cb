package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.draftroom.documents.DocumentService;
import org.draftroom.documents.HistoryEntry;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Section;
import org.draftroom.room.RoomConflictException;

/**
 * Undoing an agreement restores the sections it touched as they stood just before it, taken from the history.
 * If anything changed in those sections since, undoing would wipe that out: it is refused with an explanation.
 */
public final class AgreementUndo {
    public static final String SUMMARY_PREFIX = "agreed: ";

    private final DocumentService documents;

    public AgreementUndo(DocumentService documents) {
        this.documents = documents;
    }

    public UnaryOperator<NegotiationDocument> restoring(String documentId, String targetId) {
        long revision = lastAgreement(documentId, targetId);
        NegotiationDocument before = documents.asOf(documentId, revision - 1);
        NegotiationDocument after = documents.asOf(documentId, revision);
        return current -> restore(current, before, after, revision);
    }

    /**
     * The revision of the latest agreement still standing on {@code targetId}: a paragraph or item (an agreement
     * on it or on a proposal in it), or a proposal (whose holder the history names). Undone ones do not count.
     */
    long lastAgreement(String documentId, String targetId) {
        List<HistoryEntry> history = documents.history(documentId, null);
        NegotiationDocument now = documents.load(documentId);
        String where = DocumentEdits.block(now, targetId).isPresent() ? targetId : null;
        List<Long> standing = new ArrayList<>();
        for (HistoryEntry h : history) {
            if (h.action().equals("agree") && about(documentId, h, targetId, where)) standing.add(h.revision());
            if (h.action().equals("undo-agree") && !standing.isEmpty() && undid(documentId, h, standing.getLast())) {
                standing.removeLast();
            }
        }
        if (standing.isEmpty()) throw new IllegalArgumentException("there is no agreement on this to undo");
        return standing.getLast();
    }

    /** An agreement is about the target when it was on it, on a proposal inside it, or on a proposal it names. */
    private boolean about(String documentId, HistoryEntry h, String targetId, String block) {
        if (targetId.equals(h.blockId())) return true;
        if (h.blockId() == null) return false;
        NegotiationDocument before = documents.asOf(documentId, h.revision() - 1);
        if (block != null) { // the history of an agreement on a proposal names the paragraph or item holding it
            return DocumentEdits.block(before, targetId)
                    .map(b -> DocumentEdits.contains(List.of(b), x -> x.id().equals(h.blockId()))).orElse(false);
        }
        return h.blockId().equals(holdingOrNull(before, targetId));
    }

    private static String holdingOrNull(NegotiationDocument doc, String proposalId) {
        try {
            return DocumentEdits.holding(doc, proposalId);
        } catch (IllegalArgumentException notThere) {
            return null;
        }
    }

    /** An undo names the revision of the agreement it undid. */
    private static boolean undid(String documentId, HistoryEntry undoEntry, long agreement) {
        return undoEntry.summary() != null && undoEntry.summary().contains("(agreed at revision " + agreement + ")");
    }

    /** "the agreement on paragraph 3 of revision 41", for the history. */
    public String describe(String documentId, String targetId, Describe d) {
        return (DocumentEdits.block(d.doc(), targetId).isPresent() ? d.where(targetId) : "a proposal")
                + " (agreed at revision " + lastAgreement(documentId, targetId) + ")";
    }

    static NegotiationDocument restore(NegotiationDocument current, NegotiationDocument before, NegotiationDocument after,
                                       long revision) {
        Set<String> touched = new LinkedHashSet<>();
        if (!before.preamble().equals(after.preamble())) touched.add("");
        for (Section s : before.sections()) {
            if (!Objects.equals(s, find(after, s.id()))) touched.add(s.id());
        }
        for (String id : touched) {
            Object now = id.isEmpty() ? current.preamble() : find(current, id);
            Object then = id.isEmpty() ? after.preamble() : find(after, id);
            if (!Objects.equals(now, then)) {
                throw new RoomConflictException("the text agreed at revision " + revision + " has changed since ("
                        + (id.isEmpty() ? "the opening paragraphs" : "section " + find(before, id).label())
                        + "); undoing the agreement would lose those changes, so it was not undone", revision, -1);
            }
        }
        List<Section> sections = new ArrayList<>();
        for (Section s : current.sections()) sections.add(touched.contains(s.id()) ? find(before, s.id()) : s);
        return new NegotiationDocument(current.id(), current.header(),
                touched.contains("") ? before.preamble() : current.preamble(), sections);
    }

    private static Section find(NegotiationDocument doc, String sectionId) {
        return doc.sections().stream().filter(s -> s.id().equals(sectionId)).findFirst().orElse(null);
    }
}
