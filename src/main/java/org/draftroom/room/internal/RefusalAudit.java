package org.draftroom.room.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.draftroom.audit.AuditTrail;
import org.draftroom.room.RuleViolation;

/**
 * A refused action leaves exactly one trace: an entry in the hash-chained audit trail (its own transaction,
 * so it survives the refusal). Kept here until the audit module listens to {@link RuleViolation} itself.
 */
@Component
class RefusalAudit {
    private final AuditTrail trail;

    RefusalAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void refused(RuleViolation v) {
        trail.append(v.username(), "room-refused:" + v.operation(), "document " + v.documentId(),
                (v.role() == null ? "" : v.role() + ": ") + v.reason());
    }
}
