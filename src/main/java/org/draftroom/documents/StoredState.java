package org.draftroom.documents;

/**
 * The fingerprint of one stored revision as it reads now, recomputed from the database.
 *
 * @param fingerprint the {@link RevisionFingerprint}, or null when the stored text cannot be read back
 * @param current     true for the document's current text (the row readers see), false for the history
 */
public record StoredState(String documentId, long revision, String fingerprint, boolean current) {
}
