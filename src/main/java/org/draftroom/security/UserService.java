package org.draftroom.security;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.draftroom.security.internal.UserStore;

/** User administration. Only admins change accounts; everyone signed in may read the list of names. */
@Service
public class UserService {
    private final UserStore store;
    private final PasswordEncoder encoder;

    UserService(UserStore store, PasswordEncoder encoder) {
        this.store = store;
        this.encoder = encoder;
    }

    @PreAuthorize("isAuthenticated()")
    public List<UserAccount> list() {
        return store.all();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount create(UserAccount account, String password) {
        validatePassword(password);
        if (store.find(account.username()).isPresent()) {
            throw new IllegalArgumentException("user " + account.username() + " already exists");
        }
        store.insert(account, encoder.encode(password));
        return account;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(UserAccount account) {
        store.update(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(String username, String password) {
        validatePassword(password);
        store.setPassword(username, encoder.encode(password));
    }

    private static void validatePassword(String password) {
        if (password == null || password.isBlank()) throw new IllegalArgumentException("password must not be empty");
    }
}
