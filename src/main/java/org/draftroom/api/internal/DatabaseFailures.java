package org.draftroom.api.internal;

import java.sql.SQLException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Failures that mean "the database cannot serve us now" rather than "this request is wrong": they answer 503
 * so a client retries later instead of believing its write was refused for a reason, or stored.
 */
public final class DatabaseFailures {
    /** H2: database closed (90098), closed at shutdown (90121), I/O errors such as a full disk (90028, 90031). */
    private static final Set<Integer> H2_DOWN = Set.of(90098, 90121, 90028, 90031);

    private DatabaseFailures() {
    }

    public static boolean isDatabaseDown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
            if (t instanceof SQLException sql && (H2_DOWN.contains(sql.getErrorCode())
                    || (sql.getSQLState() != null && sql.getSQLState().startsWith("08")))) {
                return true;
            }
            // the storage engine's own failure when the file cannot be written (H2 2.x)
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) return true;
        }
        return false;
    }
}
