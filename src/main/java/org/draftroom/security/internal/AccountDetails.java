package org.draftroom.security.internal;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in principal, carrying the account's credential epoch as it was at sign-in. Disabling the
 * account, changing its role or resetting its password raises the stored epoch, and every later request of a
 * session or credential from before is refused ({@link RevokedSessions}, {@code CurrentUser}).
 */
public class AccountDetails extends User {
    private final long epoch;

    AccountDetails(String username, String password, boolean enabled, Collection<? extends GrantedAuthority> authorities,
                   long epoch) {
        super(username, password, enabled, true, true, true, authorities);
        this.epoch = epoch;
    }

    public long epoch() {
        return epoch;
    }

    // equality stays User's (by user name), which Spring's session bookkeeping relies on
    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
