package org.draftroom.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import org.draftroom.audit.AuditTrail;
import org.draftroom.documents.DocumentChanged;
import org.draftroom.documents.SessionChanged;
import org.draftroom.security.AccountLockChanged;
import org.draftroom.security.SignInRefusal;

/** Feeds the trail from the other modules' events. */
@Component
class AuditListeners {
    private final AuditTrail trail;

    AuditListeners(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * Before commit, in the change's own transaction: the entry and the change are stored together or not at all,
     * and the chain head stays locked only for the end of the transaction.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void documentChanged(DocumentChanged event) {
        trail.recordChange(event);
    }

    /** Like a document change: the session row and its entry commit together. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void sessionChanged(SessionChanged event) {
        trail.recordSessionChange(event);
    }

    /** UI sign-ins only: stateless API calls authenticate on every request and would flood the trail. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        trail.append(event.getAuthentication().getName(), "sign-in", "session", "");
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        trail.append(String.valueOf(event.getAuthentication().getName()), "sign-in-failed", "authentication",
                event.getException().getClass().getSimpleName());
    }

    /** A lock is never silent: the admins see it here and in the users view. */
    @EventListener
    void accountLock(AccountLockChanged event) {
        if (event.locked()) {
            trail.append("system", "account-locked", "user " + event.username(), event.failures()
                    + " wrong passwords from " + event.sources() + " sources; locked until " + event.until());
        } else {
            trail.append(event.by(), "account-unlocked", "user " + event.username(), "");
        }
    }

    @EventListener
    void signInRefused(SignInRefusal event) {
        trail.append(event.name(), "sign-in-refused", "authentication", event.reason() + " from " + event.source());
    }
}
