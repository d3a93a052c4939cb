package org.draftroom.room;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.draftroom.documents.DocumentService;
import org.draftroom.documents.HistoryEntry;
import org.draftroom.documents.HistoryQuery;
import org.draftroom.security.Role;
import org.draftroom.security.UserService;

/**
 * Who did what when on a document, page by page: the document's history with the role of each user who typed a
 * change. Everyone signed in may read it, observers included: the revision history is the record of the
 * negotiation, and every line of it is already in the text they read.
 */
@Service
public class DocumentTimeline {
    private final DocumentService documents;
    private final UserService users;

    DocumentTimeline(DocumentService documents, UserService users) {
        this.documents = documents;
        this.users = users;
    }

    /** A page of the changes that match, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<TimelineEntry> page(String documentId, HistoryQuery query, int offset, int limit) {
        List<HistoryEntry> entries = documents.history(documentId, query, offset, limit);
        Map<String, Role> roles = roles();
        return entries.stream().map(e -> entry(e, roles)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long count(String documentId, HistoryQuery query) {
        return documents.historyCount(documentId, query);
    }

    /** The actions recorded on the document, for the kind filter. */
    @PreAuthorize("isAuthenticated()")
    public List<String> actions(String documentId) {
        return documents.historyActions(documentId);
    }

    /** Every change recorded on one block (a paragraph's history), oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<TimelineEntry> ofBlock(String documentId, String blockId) {
        Map<String, Role> roles = roles();
        return documents.history(documentId, blockId).stream().map(e -> entry(e, roles)).toList();
    }

    /** The change that made this revision: the header's "last changed by". */
    @PreAuthorize("isAuthenticated()")
    public Optional<TimelineEntry> change(String documentId, long revision) {
        return documents.historyEntry(documentId, revision).map(e -> entry(e, this::roleOf));
    }

    /** Users by role; the demo seed has no account and is the secretariat's set-up, so it counts as the secretariat. */
    private Map<String, Role> roles() {
        Map<String, Role> roles = new java.util.HashMap<>(Map.of(DocumentService.DEMO_SEED_USER, Role.SECRETARIAT));
        users.list().forEach(u -> roles.put(u.username(), u.role()));
        return roles;
    }

    /** One actor's role, for a single entry (the header redraws it for every viewer on every change). */
    private Role roleOf(String actor) {
        if (actor == null) return null;
        return DocumentService.DEMO_SEED_USER.equals(actor) ? Role.SECRETARIAT : users.roleOf(actor).orElse(null);
    }

    private static TimelineEntry entry(HistoryEntry e, Map<String, Role> roles) {
        return entry(e, roles::get);
    }

    private static TimelineEntry entry(HistoryEntry e, Function<String, Role> roles) {
        return new TimelineEntry(e.documentId(), e.revision(), e.at(), e.actor(), roles.apply(e.actor()), e.onBehalf(),
                e.action(), e.blockId(), e.summary());
    }
}
