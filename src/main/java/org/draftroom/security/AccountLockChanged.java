package org.draftroom.security;

import java.time.Instant;

/**
 * An account was locked because passwords for it kept failing from many sources, or an admin lifted the lock.
 * Published so the audit trail records it: a lock is never silent.
 *
 * @param failures wrong passwords counted in the window (0 when unlocked)
 * @param sources  distinct sources they came from (counted up to 100)
 * @param until    when the lock ends by itself; null when an admin lifted it
 * @param by       the admin who lifted it; null for a lock
 */
public record AccountLockChanged(String username, boolean locked, int failures, int sources, Instant until, String by) {
}
