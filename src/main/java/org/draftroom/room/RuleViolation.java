package org.draftroom.room;

import java.time.Instant;

/** Published when a room rule refuses an action, for the audit trail: the refusal is its only trace. */
public record RuleViolation(String documentId, String username, String role, String operation, String reason,
                            Instant at) {
}
