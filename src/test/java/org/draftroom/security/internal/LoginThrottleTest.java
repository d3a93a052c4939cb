package org.draftroom.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

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

    private void fail(String user, int times, Duration apart) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(user);
            clock.advance(apart);
        }
    }

    @Test
    void four_failures_do_not_lock_and_the_fifth_does() {
        fail("pakistan", 4, Duration.ofSeconds(1));
        assertThat(throttle.isLocked("pakistan")).isFalse();
        fail("pakistan", 1, Duration.ZERO);
        assertThat(throttle.isLocked("pakistan")).isTrue();
        assertThat(throttle.isLocked("PAKISTAN")).as("names are case-insensitive").isTrue();
        assertThat(throttle.isLocked("usa")).as("other names are unaffected").isFalse();
    }

    @Test
    void the_lock_lasts_the_full_period_from_the_last_failure_even_when_failures_were_spread_out() {
        fail("usa", 5, Duration.ofSeconds(50));   // fifth failure at 200 s after the first
        clock.advance(LoginThrottle.LOCK.minusSeconds(51));
        assertThat(throttle.isLocked("usa")).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.isLocked("usa")).isFalse();
    }

    @Test
    void failures_outside_the_window_start_a_new_count() {
        fail("russia", 4, Duration.ZERO);
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        fail("russia", 4, Duration.ZERO);
        assertThat(throttle.isLocked("russia")).isFalse();
        fail("russia", 1, Duration.ZERO);
        assertThat(throttle.isLocked("russia")).isTrue();
    }

    @Test
    void after_the_lock_expires_one_more_failure_does_not_relock() {
        fail("iran", 5, Duration.ZERO);
        clock.advance(LoginThrottle.LOCK.plusSeconds(1));
        fail("iran", 1, Duration.ZERO);
        assertThat(throttle.isLocked("iran")).isFalse();
    }

    @Test
    void expired_entries_are_swept_when_many_names_are_tried() {
        for (int i = 0; i <= LoginThrottle.SWEEP_ABOVE; i++) throttle.recordFailure("guess" + i);
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        throttle.recordFailure("one-more");
        assertThat(throttle.tracked()).isEqualTo(1);
    }
}
