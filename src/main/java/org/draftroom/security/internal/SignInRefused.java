package org.draftroom.security.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Refused before the password was checked. Its own class, so Spring publishes no failure event for it (each
 * throttled guess would otherwise become an audit line); the reasons that matter are published explicitly.
 */
public class SignInRefused extends AuthenticationException {
    public enum Reason { THROTTLED, LOCKED, NAME_TOO_LONG }

    private final Reason reason;
    private final Duration retryAfter;

    SignInRefused(Reason reason, Duration retryAfter, String message) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** Whole seconds to wait, at least 1 for a throttled or locked attempt. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
