package org.draftroom.security.internal;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import org.draftroom.security.UserAccount;

/** Loads accounts for Spring Security; a throttled name comes back locked, so even the right password fails. */
@Service
class AccountDetailsService implements UserDetailsService {
    private final UserStore store;
    private final LoginThrottle throttle;

    AccountDetailsService(UserStore store, LoginThrottle throttle) {
        this.store = store;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = store.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = store.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username()).password(hash)
                .roles(account.role().name())
                .disabled(!account.enabled())
                .accountLocked(throttle.isLocked(username))
                .build();
    }
}
