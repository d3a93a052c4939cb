package org.draftroom.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import org.draftroom.security.AccountLock;

/**
 * Slows password guessing without handing a stranger the power to lock a user out. Failures are counted per
 * (source, account) and per source; past a free allowance each further failure doubles the wait before that
 * pair or source may try again ({@link #waitFor}). Requests inside a wait are refused before any password is
 * hashed, so hammering costs the server nothing and earns the attacker nothing.
 * <p>
 * An account is locked only when password checks against it fail {@value #ACCOUNT_LOCK_AFTER} times within
 * {@link #ACCOUNT_WINDOW} from all sources together (one source cannot get there: its own waits grow too fast).
 * The lock lasts {@link #ACCOUNT_LOCK}, is announced (the caller audits it) and shows in the admin users view,
 * where an admin may lift it. Everything lives in memory: a restart forgets it (it slows guessing, it is not a
 * record; the audit trail is).
 */
@Component
public class LoginThrottle {
    /** Wrong passwords a (source, account) pair may make before it has to wait. */
    static final int PAIR_FREE = 3;
    /** Wrong passwords one source may make across all accounts before it has to wait. */
    static final int SOURCE_FREE = 10;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    /** A pair or source with no failure for this long starts afresh. */
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    static final int ACCOUNT_LOCK_AFTER = 50;
    static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);
    static final Duration ACCOUNT_LOCK = Duration.ofMinutes(15);
    /** Beyond this many tracked keys, expired entries are swept so random names cannot grow the maps forever. */
    static final int SWEEP_ABOVE = 10_000;
    private static final int MAX_SOURCES_KEPT = 100;

    private record Failures(int count, Instant last) {
        Instant nextTry(int free) {
            if (count <= free) return last;
            int doublings = Math.min(count - free - 1, 16);
            Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
            return last.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
        }

        boolean forgotten(Instant now) {
            return now.isAfter(last.plus(FORGET_AFTER));
        }
    }

    private record AccountFailures(int count, Instant firstAt, Set<String> sources, Instant lockedUntil) {
        boolean expired(Instant now) {
            return lockedUntil != null ? !now.isBefore(lockedUntil) : now.isAfter(firstAt.plus(ACCOUNT_WINDOW));
        }
    }

    private final Map<String, Failures> pairs = new ConcurrentHashMap<>();
    private final Map<String, Failures> sources = new ConcurrentHashMap<>();
    private final Map<String, AccountFailures> accounts = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this pair must still wait before its next password check; zero when it may try now. */
    public Duration waitFor(String source, String username) {
        return remaining(pairs, pairKey(source, username), PAIR_FREE);
    }

    /** How long this source must still wait before a password check for any account. */
    public Duration sourceWait(String source) {
        return remaining(sources, sourceKey(source), SOURCE_FREE);
    }

    /** A source with failures it has not lived down: its password checks are rationed ({@link PasswordCheckBudget}). */
    public boolean suspect(String source) {
        Failures f = sources.get(sourceKey(source));
        return f != null && !f.forgotten(clock.instant());
    }

    public boolean isLocked(String username) {
        return lock(username).isPresent();
    }

    public Optional<AccountLock> lock(String username) {
        AccountFailures a = accounts.get(key(username));
        if (a == null || a.lockedUntil() == null) return Optional.empty();
        if (a.expired(clock.instant())) {
            accounts.remove(key(username), a);
            return Optional.empty();
        }
        return Optional.of(new AccountLock(key(username), a.count(), a.sources().size(), a.lockedUntil()));
    }

    /** Counts a wrong password that was really checked; returns the lock when this failure caused one. */
    public Optional<AccountLock> recordFailure(String source, String username) {
        Instant now = clock.instant();
        pairs.merge(pairKey(source, username), new Failures(1, now), (old, one) -> next(old, now));
        sources.merge(sourceKey(source), new Failures(1, now), (old, one) -> next(old, now));
        boolean[] lockedNow = {false};
        accounts.compute(key(username), (k, old) -> {
            if (old != null && old.lockedUntil() != null && !old.expired(now)) return old;
            if (old == null || old.expired(now)) return new AccountFailures(1, now, Set.of(sourceKey(source)), null);
            Set<String> seen = old.sources();
            if (seen.size() < MAX_SOURCES_KEPT && !seen.contains(sourceKey(source))) {
                seen = new HashSet<>(seen);
                seen.add(sourceKey(source));
                seen = Set.copyOf(seen);
            }
            int count = old.count() + 1;
            if (count < ACCOUNT_LOCK_AFTER) return new AccountFailures(count, old.firstAt(), seen, null);
            lockedNow[0] = true;
            return new AccountFailures(count, old.firstAt(), seen, now.plus(ACCOUNT_LOCK));
        });
        sweep(now);
        return lockedNow[0] ? lock(username) : Optional.empty();
    }

    /** The right password: this pair starts afresh. The source's count stays (one good account must not launder it). */
    public void recordSuccess(String source, String username) {
        pairs.remove(pairKey(source, username));
    }

    /** An admin lifts a lock; returns whether there was one. */
    public boolean unlock(String username) {
        AccountFailures a = accounts.remove(key(username));
        return a != null && a.lockedUntil() != null && !a.expired(clock.instant());
    }

    /**
     * Forgets every source's and pair's failures (account locks stay). Tests that share one application context
     * call it: their deliberate wrong passwords all come from loopback and would make later tests wait.
     */
    void forgetSources() {
        pairs.clear();
        sources.clear();
    }

    int tracked() {
        return pairs.size() + sources.size() + accounts.size();
    }

    private Failures next(Failures old, Instant now) {
        return old.forgotten(now) ? new Failures(1, now) : new Failures(old.count() + 1, now);
    }

    private Duration remaining(Map<String, Failures> map, String key, int free) {
        Failures f = map.get(key);
        if (f == null) return Duration.ZERO;
        Instant now = clock.instant();
        Instant next = f.nextTry(free);
        return now.isBefore(next) ? Duration.between(now, next) : Duration.ZERO;
    }

    private void sweep(Instant now) {
        if (pairs.size() > SWEEP_ABOVE) pairs.values().removeIf(f -> f.forgotten(now));
        if (sources.size() > SWEEP_ABOVE) sources.values().removeIf(f -> f.forgotten(now));
        if (accounts.size() > SWEEP_ABOVE) accounts.values().removeIf(a -> a.expired(now));
    }

    private static String pairKey(String source, String username) {
        return sourceKey(source) + '\u0000' + key(username);
    }

    private static String sourceKey(String source) {
        return source == null ? "" : source;
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
