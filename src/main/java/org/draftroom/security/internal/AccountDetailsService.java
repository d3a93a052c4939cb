package org.draftroom.security.internal;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;

/** Loads accounts for Spring Security, with the credential epoch the session will carry. */
@Service
class AccountDetailsService implements UserDetailsService {
    private final UserStore store;

    AccountDetailsService(UserStore store) {
        this.store = store;
    }

    @Override
    public AccountDetails loadUserByUsername(String username) {
        UserStore.Stamped stamped = store.findStamped(username).orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = store.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new AccountDetails(stamped.account().username(), hash, stamped.account().enabled(),
                List.of(new SimpleGrantedAuthority(stamped.account().role().authority())), stamped.epoch());
    }
}
