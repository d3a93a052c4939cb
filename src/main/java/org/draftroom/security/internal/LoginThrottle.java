package org.draftroom.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} wrong passwords for a user name within {@link #WINDOW},
 * that name is locked for {@link #LOCK} counted from the last failure; while locked even the right password is
 * refused (the account loads as locked, so the password is not even checked). Counted per user name so one
 * attacker cannot lock the whole room; unknown names are counted too, so the answer never reveals which exist.
 */
@Component
public class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final Duration LOCK = Duration.ofMinutes(1);
    /** Beyond this many tracked names, expired entries are swept so random names cannot grow the map forever. */
    static final int SWEEP_ABOVE = 10_000;

    private record Failures(int count, Instant firstAt, Instant lockedUntil) {
        boolean expired(Instant now) {
            return lockedUntil != null ? !now.isBefore(lockedUntil) : now.isAfter(firstAt.plus(WINDOW));
        }
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.lockedUntil() == null) return false;
        if (f.expired(clock.instant())) {
            failures.remove(key(username), f);
            return false;
        }
        return true;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    void recordFailure(String username) {
        Instant now = clock.instant();
        failures.compute(key(username), (k, old) -> {
            if (old == null || old.expired(now)) return new Failures(1, now, null);
            int count = old.count() + 1;
            return new Failures(count, old.firstAt(), count >= MAX_FAILURES ? now.plus(LOCK) : null);
        });
        if (failures.size() > SWEEP_ABOVE) failures.values().removeIf(f -> f.expired(now));
    }

    int tracked() {
        return failures.size();
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
