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
        HistoryEntry last = null;
        for (HistoryEntry h : documents.history(documentId, null)) {
            boolean about = h.summary() != null && h.summary().endsWith(": " + targetId);
            if (about && (h.action().equals("agree") || h.action().equals("undo-agree"))) last = h;
        }
        if (last == null || !last.action().equals("agree")) {
            throw new IllegalArgumentException(targetId + " has no agreement to undo");
        }
        long revision = last.revision();
        NegotiationDocument before = documents.asOf(documentId, revision - 1);
        NegotiationDocument after = documents.asOf(documentId, revision);
        return current -> restore(current, before, after, revision);
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
