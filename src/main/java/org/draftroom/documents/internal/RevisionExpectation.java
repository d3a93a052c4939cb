package org.draftroom.documents.internal;

import java.util.Optional;

/**
 * The revision one request's write must find (its {@code If-Match}), checked by {@link DocumentWriter} inside the
 * write's transaction, so that no other write can slip in between the check and the change. It holds for the
 * first edit of that document in the request only: an operation that edits twice expects its own first change.
 */
public final class RevisionExpectation {
    private record Expected(String documentId, long revision) {
    }

    private static final ThreadLocal<Expected> CURRENT = new ThreadLocal<>();

    private RevisionExpectation() {
    }

    public static void expect(String documentId, long revision) {
        CURRENT.set(new Expected(documentId, revision));
    }

    public static void clear() {
        CURRENT.remove();
    }

    static Optional<Long> expectedFor(String documentId) {
        Expected e = CURRENT.get();
        return e != null && e.documentId().equals(documentId) ? Optional.of(e.revision()) : Optional.empty();
    }

    /** After a write landed: later edits in the same request are free of the precondition. */
    static void fulfilled(String documentId) {
        if (expectedFor(documentId).isPresent()) CURRENT.remove();
    }
}
