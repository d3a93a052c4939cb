package org.draftroom.security;

import java.time.Instant;

/** An account locked after wrong passwords from many sources, as the admin users view shows it. */
public record AccountLock(String username, int failures, int sources, Instant until) {
}
