package org.draftroom.security;

/**
 * A sign-in refused before any password was checked for a reason worth a line in the audit trail (a user name
 * longer than any account can have). Throttled guesses are not published one by one: they are the flood the
 * throttle exists to absorb.
 *
 * @param name   the name tried, cut to 60 characters
 * @param source the client address
 */
public record SignInRefusal(String name, String source, String reason) {
}
