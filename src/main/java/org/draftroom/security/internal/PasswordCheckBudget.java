package org.draftroom.security.internal;

import java.util.concurrent.Semaphore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import org.draftroom.security.SecuritySettings;

/**
 * Bounds the bcrypt work spent on sources that have been getting passwords wrong: at most {@code perSecond}
 * checks a second for all of them together (a token bucket holding up to {@code perSecond} tokens) and one at a
 * time. A check that finds no token is refused at once instead of queueing, so a flood of guesses from many
 * sources costs a bounded slice of one core and users with clean sources never wait behind it.
 */
@Component
class PasswordCheckBudget {
    private final double perSecond;
    private final Semaphore running = new Semaphore(1);
    private double tokens;
    private long refilledAt;

    @Autowired
    PasswordCheckBudget(SecuritySettings settings) {
        this(settings.security().suspectChecksPerSecond());
    }

    PasswordCheckBudget(double perSecond) {
        if (perSecond <= 0) throw new IllegalArgumentException("draftroom.security.suspect-checks-per-second must be > 0");
        this.perSecond = perSecond;
        this.tokens = perSecond;
        this.refilledAt = System.nanoTime();
    }

    /** Takes a token and the running slot; false (refuse the attempt) when neither is free now. */
    boolean tryStart() {
        synchronized (this) {
            long now = System.nanoTime();
            tokens = Math.min(perSecond, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens < 1) return false;
            if (!running.tryAcquire()) return false;
            tokens -= 1;
            return true;
        }
    }

    void finish() {
        running.release();
    }
}
