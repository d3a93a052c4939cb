package org.draftroom.api;

import org.draftroom.api.internal.IdempotencyKeys;

/**
 * The write path's part of {@code Idempotency-Key} (ADR 0013). A write that stores a change calls
 * {@link #recordChange} inside the change's own transaction; when the request being served carries a key, the
 * key's row is told the document and revision in that same transaction. So the row says the change is stored
 * exactly when it is, and a client whose answer was lost (the server stopped, the connection dropped) learns it
 * by sending the key again instead of making the change twice. Without a key (UI, seed, tests) it does nothing.
 */
public final class IdempotentWrites {
    private IdempotentWrites() {
    }

    /**
     * @throws IllegalStateException when called outside a transaction while a key is bound: recorded in a
     *                               transaction of its own, the row could claim a change that rolled back
     */
    public static void recordChange(String documentId, long revision) {
        IdempotencyKeys.recordChange(documentId, revision);
    }
}
