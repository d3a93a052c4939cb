package org.draftroom.security.internal;

import java.time.Duration;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import org.draftroom.security.AccountLockChanged;
import org.draftroom.security.SignInRefusal;

/**
 * Every password sign-in, UI form and API Basic alike, in the order that keeps attackers cheap and users fast:
 * a name longer than any account refused and audited; a (source, account) pair inside its wait refused; a
 * credential this source proved in the last two minutes accepted without bcrypt; a source inside its wait or a
 * locked account refused; a source with recent failures checked only within the shared bcrypt budget; then
 * bcrypt, whose failures feed the throttle. Nothing before bcrypt touches the password hash.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {
    private static final Logger log = LoggerFactory.getLogger(PasswordSignIn.class);
    /** The users table's limit (V1_0): no account has a longer name. */
    static final int MAX_NAME = 64;

    private final DaoAuthenticationProvider passwords;
    private final AccountDetailsService accounts;
    private final RecentCredentials recent;
    private final LoginThrottle throttle;
    private final PasswordCheckBudget budget;
    private final ApplicationEventPublisher events;

    PasswordSignIn(AccountDetailsService accounts, PasswordEncoder encoder, RecentCredentials recent,
                   LoginThrottle throttle, PasswordCheckBudget budget, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.recent = recent;
        this.throttle = throttle;
        this.budget = budget;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        if (name == null || !(authentication.getCredentials() instanceof String password)) {
            return passwords.authenticate(authentication);
        }
        String source = authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "";
        if (name.length() > MAX_NAME) {
            events.publishEvent(new SignInRefusal(name.substring(0, 60), source,
                    "user name of " + name.length() + " characters (at most " + MAX_NAME + ")"));
            throw new SignInRefused(SignInRefused.Reason.NAME_TOO_LONG, Duration.ZERO,
                    "user names have at most " + MAX_NAME + " characters");
        }
        Duration wait = throttle.waitFor(source, name);
        if (!wait.isZero()) throw throttled(wait);
        Authentication remembered = fromMemory(source, name, password);
        if (remembered != null) return remembered;
        wait = throttle.sourceWait(source);
        if (!wait.isZero()) throw throttled(wait);
        var lock = throttle.lock(name);
        if (lock.isPresent()) {
            throw new SignInRefused(SignInRefused.Reason.LOCKED, Duration.between(java.time.Instant.now(), lock.get().until()),
                    "this account is locked after repeated wrong passwords; an administrator has been told");
        }
        boolean rationed = throttle.suspect(source);
        if (rationed && !budget.tryStart()) throw throttled(Duration.ofSeconds(1));
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(source, name);
            if (result.getPrincipal() instanceof AccountDetails details) recent.remember(source, name, password, details.epoch());
            return result;
        } catch (BadCredentialsException wrong) {
            throttle.recordFailure(source, name).ifPresent(l -> {
                log.warn("account '{}' locked until {} after {} wrong passwords from {} sources", l.username(), l.until(),
                        l.failures(), l.sources());
                events.publishEvent(new AccountLockChanged(l.username(), true, l.failures(), l.sources(), l.until(), null));
            });
            throw wrong;
        } finally {
            if (rationed) budget.finish();
        }
    }

    /** Without bcrypt: this source proved this password under the account's current epoch, and it is still enabled. */
    private Authentication fromMemory(String source, String name, String password) {
        OptionalLong epoch = recent.recall(source, name, password);
        if (epoch.isEmpty()) return null;
        AccountDetails user;
        try {
            user = accounts.loadUserByUsername(name);
        } catch (UsernameNotFoundException gone) {
            recent.forget(source, name, password);
            return null;
        }
        if (!user.isEnabled() || user.epoch() != epoch.getAsLong()) {
            recent.forget(source, name, password);
            return null;
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private static SignInRefused throttled(Duration wait) {
        return new SignInRefused(SignInRefused.Reason.THROTTLED, wait,
                "too many wrong passwords from this address; try again in a few seconds");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
