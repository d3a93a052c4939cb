package org.draftroom.audit;

import java.time.Instant;

/** One line of the trail. {@code hash} = SHA-256 over the previous hash and this entry's fields. */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String detail,
                         String previousHash, String hash) {
}
