package org.draftroom.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import org.draftroom.audit.AuditTrail;

/** Feeds the trail from the other modules' events. */
@Component
class AuditListeners {
    private final AuditTrail trail;

    AuditListeners(AuditTrail trail) {
        this.trail = trail;
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
}
