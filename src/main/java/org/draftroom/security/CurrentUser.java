package org.draftroom.security;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.security.internal.AccountDetails;
import org.draftroom.security.internal.UserStore;

/** Who is acting in the current request or UI event. */
@Component
public class CurrentUser {
    private final UserStore users;
    private final DelegationRegistry delegations;

    CurrentUser(UserStore users, DelegationRegistry delegations) {
        this.users = users;
        this.delegations = delegations;
    }

    /**
     * The name to show for an account in a reader's language: a delegate is its delegation ("巴基斯坦" to a Chinese
     * reader, not the account's "Pakistan"); anyone else by the account's display name.
     */
    public String shownName(UserAccount user, Locale locale) {
        return user.delegationId() != null ? delegations.displayName(user.delegationId(), locale) : user.displayName();
    }

    /**
     * The signed-in account, if it may still act: a disabled account, or a session from before the account's
     * password was reset or its role changed (an older credential epoch), is nobody, whatever the session says.
     */
    public Optional<UserAccount> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) return Optional.empty();
        return users.findStampedThisRequest(auth.getName())
                .filter(s -> s.account().enabled())
                .filter(s -> !(auth.getPrincipal() instanceof AccountDetails signedIn) || signedIn.epoch() == s.epoch())
                .map(UserStore.Stamped::account);
    }

    /** The acting user; throws when nobody is signed in, which services treat as access denied. */
    public UserAccount require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }
}
