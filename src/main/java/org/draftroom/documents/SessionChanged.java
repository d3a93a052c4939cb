package org.draftroom.documents;

/**
 * A session created or corrected, published inside the writing transaction so that the audit entry commits
 * with it.
 *
 * @param action {@code session-created} or {@code session-edited}
 * @param detail what the session now says (and, for an edit, what it said before)
 */
public record SessionChanged(String actor, String action, String sessionCode, String detail) {
}
