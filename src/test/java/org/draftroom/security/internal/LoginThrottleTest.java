package org.draftroom.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.draftroom.security.AccountLock;

class LoginThrottleTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final ManualClock clock = new ManualClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    /** Fails as an attacker that obeys every wait (the fastest a throttled attacker can go). */
    private void failPolitely(String source, String user, int times) {
        for (int i = 0; i < times; i++) {
            Duration pair = throttle.waitFor(source, user);
            Duration all = throttle.sourceWait(source);
            clock.advance(pair.compareTo(all) > 0 ? pair : all);
            throttle.recordFailure(source, user);
        }
    }

    @Test
    void a_stranger_failing_from_one_address_for_ever_never_locks_the_account() {
        failPolitely("203.0.113.9", "pakistan", 2_000);
        assertThat(throttle.isLocked("pakistan")).isFalse();
        assertThat(throttle.waitFor("198.51.100.7", "pakistan")).as("the owner, elsewhere, signs in at once").isZero();
        assertThat(throttle.sourceWait("198.51.100.7")).isZero();
        assertThat(throttle.waitFor("203.0.113.9", "pakistan")).as("the stranger waits").isPositive();
    }

    @Test
    void past_the_free_allowance_each_failure_doubles_the_wait_up_to_a_minute() {
        for (int i = 0; i < LoginThrottle.PAIR_FREE; i++) throttle.recordFailure("203.0.113.9", "usa");
        assertThat(throttle.waitFor("203.0.113.9", "usa")).isZero();
        throttle.recordFailure("203.0.113.9", "usa");
        assertThat(throttle.waitFor("203.0.113.9", "usa")).isEqualTo(Duration.ofSeconds(1));
        throttle.recordFailure("203.0.113.9", "usa");
        assertThat(throttle.waitFor("203.0.113.9", "usa")).isEqualTo(Duration.ofSeconds(2));
        throttle.recordFailure("203.0.113.9", "usa");
        assertThat(throttle.waitFor("203.0.113.9", "usa")).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 20; i++) throttle.recordFailure("203.0.113.9", "usa");
        assertThat(throttle.waitFor("203.0.113.9", "usa")).isEqualTo(LoginThrottle.MAX_WAIT);
        assertThat(throttle.waitFor("203.0.113.9", "USA")).as("names are case-insensitive").isEqualTo(LoginThrottle.MAX_WAIT);
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("203.0.113.9", "usa")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void an_address_guessing_across_many_accounts_must_wait_for_all_of_them() {
        for (int i = 0; i <= LoginThrottle.SOURCE_FREE; i++) throttle.recordFailure("203.0.113.9", "guess" + i);
        assertThat(throttle.waitFor("203.0.113.9", "russia")).as("no failures for this pair yet").isZero();
        assertThat(throttle.sourceWait("203.0.113.9")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.suspect("203.0.113.9")).isTrue();
        assertThat(throttle.suspect("198.51.100.7")).isFalse();
    }

    @Test
    void the_right_password_clears_the_pair_but_not_the_address() {
        for (int i = 0; i < 12; i++) throttle.recordFailure("203.0.113.9", "iran");
        throttle.recordSuccess("203.0.113.9", "iran");
        assertThat(throttle.waitFor("203.0.113.9", "iran")).isZero();
        assertThat(throttle.sourceWait("203.0.113.9")).as("one good account does not launder the address").isPositive();
    }

    @Test
    void failures_are_forgotten_after_a_quiet_quarter_hour() {
        for (int i = 0; i < 12; i++) throttle.recordFailure("203.0.113.9", "iran");
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        throttle.recordFailure("203.0.113.9", "iran");
        assertThat(throttle.waitFor("203.0.113.9", "iran")).isZero();
        assertThat(throttle.suspect("203.0.113.9")).isTrue();
    }

    @Test
    void failures_from_many_addresses_lock_the_account_and_say_how() {
        AccountLock lock = null;
        for (int i = 0; i < LoginThrottle.ACCOUNT_LOCK_AFTER; i++) {
            var result = throttle.recordFailure("10.0." + (i / 250) + "." + (i % 250), "chair");
            if (i < LoginThrottle.ACCOUNT_LOCK_AFTER - 1) assertThat(result).isEmpty();
            else lock = result.orElseThrow();
        }
        assertThat(lock.username()).isEqualTo("chair");
        assertThat(lock.failures()).isEqualTo(LoginThrottle.ACCOUNT_LOCK_AFTER);
        assertThat(lock.sources()).isEqualTo(LoginThrottle.ACCOUNT_LOCK_AFTER);
        assertThat(lock.until()).isEqualTo(clock.instant().plus(LoginThrottle.ACCOUNT_LOCK));
        assertThat(throttle.isLocked("chair")).isTrue();
        assertThat(throttle.recordFailure("10.9.9.9", "chair")).as("announced once").isEmpty();
        clock.advance(LoginThrottle.ACCOUNT_LOCK.plusSeconds(1));
        assertThat(throttle.isLocked("chair")).as("the lock ends by itself").isFalse();
    }

    @Test
    void an_admin_lifts_a_lock() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LOCK_AFTER; i++) throttle.recordFailure("10.1.0." + i, "admin");
        assertThat(throttle.unlock("admin")).isTrue();
        assertThat(throttle.isLocked("admin")).isFalse();
        assertThat(throttle.unlock("admin")).as("nothing left to lift").isFalse();
    }

    @Test
    void expired_entries_are_swept_when_many_names_are_tried() {
        for (int i = 0; i <= LoginThrottle.SWEEP_ABOVE; i++) throttle.recordFailure("10.2." + (i / 250) + "." + (i % 250), "guess" + i);
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        throttle.recordFailure("203.0.113.9", "one-more");
        assertThat(throttle.tracked()).isEqualTo(3);
    }
}
