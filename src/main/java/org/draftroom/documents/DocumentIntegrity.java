package org.draftroom.documents;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.draftroom.documents.internal.DocumentStore;
import org.draftroom.documents.internal.RevisionHistory;

/**
 * Recomputes the fingerprint of every stored revision and of every document's current text from what the
 * database holds now, for the audit trail to compare with what its entries recorded when the changes were made.
 */
@Service
public class DocumentIntegrity {
    private final DocumentStore store;
    private final RevisionHistory revisions;

    DocumentIntegrity(DocumentStore store, RevisionHistory revisions) {
        this.store = store;
        this.revisions = revisions;
    }

    /** Every revision in order of document and revision, then the document's current text. */
    @PreAuthorize("hasAnyRole('ADMIN','SECRETARIAT')")
    @Transactional(readOnly = true)
    public void eachStoredState(Consumer<StoredState> action) {
        for (String id : store.ids()) {
            Map<Long, HistoryEntry> history = store.history(id, null).stream()
                    .collect(Collectors.toMap(HistoryEntry::revision, Function.identity()));
            revisions.each(id, (revision, body) -> action.accept(new StoredState(id, revision,
                    fingerprint(history.get(revision), body), false)));
            store.current(id).ifPresent(row -> action.accept(new StoredState(id, row.revision(),
                    fingerprint(history.get(row.revision()), currentText(id, row.revision())), true)));
        }
    }

    /** Null when the row's text and the deltas after it no longer fit together. */
    private String currentText(String id, long revision) {
        try {
            return store.storedCurrentBody(id, revision).orElse(null);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String fingerprint(HistoryEntry entry, String body) {
        return entry == null || body == null ? null : RevisionFingerprint.of(entry, body);
    }
}
