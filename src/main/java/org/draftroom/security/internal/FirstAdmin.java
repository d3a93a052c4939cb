package org.draftroom.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import org.draftroom.security.Role;
import org.draftroom.security.SecuritySettings;
import org.draftroom.security.UserAccount;

/**
 * In production there are no demo accounts: the first admin comes from DRAFTROOM_ADMIN_PASSWORD (the setting
 * draftroom.admin.password; DRAFTROOM_ADMIN_USER, default "admin", names the account).
 */
@Component
@Profile("prod")
class FirstAdmin implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private final UserStore store;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final String username;
    private final String password;

    FirstAdmin(UserStore store, PasswordEncoder encoder, PasswordPolicy policy, SecuritySettings settings) {
        this.store = store;
        this.encoder = encoder;
        this.policy = policy;
        this.username = settings.admin().user();
        this.password = settings.admin().password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.count() > 0) return;
        if (password.isBlank()) {
            throw new IllegalStateException("prod profile with no users: set DRAFTROOM_ADMIN_PASSWORD to create the first admin");
        }
        try {
            policy.check(username, password);
        } catch (IllegalArgumentException weak) {
            throw new IllegalStateException("DRAFTROOM_ADMIN_PASSWORD is refused: " + weak.getMessage(), weak);
        }
        store.insert(new UserAccount(username, "Administrator", Role.ADMIN, null, true), encoder.encode(password));
        log.info("created first admin account '{}'", username);
    }
}
