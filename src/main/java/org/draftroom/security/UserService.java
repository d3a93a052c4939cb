package org.draftroom.security;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.draftroom.delegations.Delegation;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.security.internal.LoginThrottle;
import org.draftroom.security.internal.PasswordPolicy;
import org.draftroom.security.internal.UserStore;

/** User administration. Only admins change accounts; everyone signed in may read the list of names. */
@Service
public class UserService {
    public static final int MIN_PASSWORD = PasswordPolicy.MIN_LENGTH;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final UserStore store;
    private final PasswordEncoder encoder;
    private final DelegationRegistry delegations;
    private final CurrentUser currentUser;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    UserService(UserStore store, PasswordEncoder encoder, DelegationRegistry delegations, CurrentUser currentUser,
                PasswordPolicy policy, LoginThrottle throttle, ApplicationEventPublisher events) {
        this.store = store;
        this.encoder = encoder;
        this.delegations = delegations;
        this.currentUser = currentUser;
        this.policy = policy;
        this.throttle = throttle;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public List<UserAccount> list() {
        return store.all();
    }

    /** One account's role (one row, not the list: asked for every viewer on every change). */
    @PreAuthorize("isAuthenticated()")
    public Optional<Role> roleOf(String username) {
        return store.find(username).map(UserAccount::role);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount create(UserAccount account, String password) {
        if (!USERNAME.matcher(account.username()).matches()) {
            throw new IllegalArgumentException("user names are 2-64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (account.displayName() == null || account.displayName().isBlank()) {
            throw new IllegalArgumentException("a display name is required");
        }
        validateDelegation(account);
        policy.check(account.username(), password);
        if (store.find(account.username()).isPresent()) {
            throw new IllegalArgumentException("user " + account.username() + " already exists");
        }
        store.insert(account, encoder.encode(password));
        return account;
    }

    /**
     * Changes display name, role, delegation or enabled flag. Admins cannot disable or demote themselves. Disabling
     * or a new role ends the account's open sessions and cached API credentials at once (credential epoch).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(UserAccount account) {
        validateDelegation(account);
        if (Objects.equals(currentUser.require().username(), account.username())
                && (!account.enabled() || account.role() != Role.ADMIN)) {
            throw new IllegalArgumentException("you cannot disable or demote your own account");
        }
        store.update(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(String username, String password) {
        policy.check(username, password);
        store.setPassword(username, encoder.encode(password));
    }

    /** The account's lock after wrong passwords from many sources, if it has one now. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<AccountLock> lock(String username) {
        return throttle.lock(username);
    }

    /** Lifts a lock before it ends by itself; audited with the admin's name. */
    @PreAuthorize("hasRole('ADMIN')")
    public void unlock(String username) {
        if (throttle.unlock(username)) {
            events.publishEvent(new AccountLockChanged(username, false, 0, 0, null, currentUser.require().username()));
        }
    }

    private void validateDelegation(UserAccount account) {
        if (account.role() == Role.DELEGATE && delegations.byId(account.delegationId())
                .filter(d -> d.kind() == Delegation.Kind.STATE).isEmpty()) {
            throw new IllegalArgumentException("unknown delegation " + account.delegationId());
        }
    }
}
