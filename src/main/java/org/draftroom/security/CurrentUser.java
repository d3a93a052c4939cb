package org.draftroom.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.draftroom.security.internal.UserStore;

/** Who is acting in the current request or UI event. */
@Component
public class CurrentUser {
    private final UserStore users;

    CurrentUser(UserStore users) {
        this.users = users;
    }

    public Optional<UserAccount> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) return Optional.empty();
        return users.find(auth.getName());
    }

    /** The acting user; throws when nobody is signed in, which services treat as access denied. */
    public UserAccount require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }
}
