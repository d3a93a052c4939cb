package org.draftroom.audit;

import java.time.Instant;

/**
 * One line of the trail. {@code hash} = SHA-256 over the previous hash and this entry's fields, including the
 * document revision it records and that revision's fingerprint when it records one.
 *
 * @param documentId the document whose revision this entry records, or null (sign-ins, refusals, …)
 * @param stateHash  the {@link org.draftroom.documents.RevisionFingerprint} of that revision, or null
 * @param mac        HMAC of {@code hash} under the key kept outside the database (null on entries older than it)
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String detail,
                         String documentId, Long revision, String stateHash, String previousHash, String hash,
                         String mac) {
    public boolean recordsRevision() {
        return documentId != null && revision != null && stateHash != null;
    }
}
