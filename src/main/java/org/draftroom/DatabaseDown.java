package org.draftroom;

import java.sql.SQLException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Failures that mean "the database cannot serve us now" rather than "this request is wrong": the API answers
 * them 503 and the UI says nothing was saved, so nobody believes a write was stored or refused for a reason.
 * One list for the API's problems, the UI's error handler and the pool's eviction ({@link DeadConnections}).
 */
public final class DatabaseDown {
    /**
     * H2: database closed (90098), closed at shutdown (90121), I/O errors (90028, 90031), no disk space (90100),
     * file corrupted (90030), connection broken (90067).
     */
    static final Set<Integer> H2_CLOSED = Set.of(90098, 90121, 90028, 90031, 90100, 90030, 90067);

    private DatabaseDown() {
    }

    /** True when the failure or one of its causes says the database cannot be reached or written. */
    public static boolean causes(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // a commit or rollback that failed: the database, not the request (a write that found the disk full,
            // then a rollback on the connection the pool had just evicted)
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException || t instanceof TransactionSystemException) {
                return true;
            }
            if (t instanceof SQLException sql && (H2_CLOSED.contains(sql.getErrorCode())
                    || (sql.getSQLState() != null && sql.getSQLState().startsWith("08")))) {
                return true;
            }
            if (storageEngineFailed(t)) return true;
        }
        return false;
    }

    /** The storage engine's own failure when the file cannot be written (H2 2.x). */
    static boolean storageEngineFailed(Throwable t) {
        return t.getClass().getName().equals("org.h2.mvstore.MVStoreException");
    }
}
