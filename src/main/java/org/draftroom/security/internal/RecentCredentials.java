package org.draftroom.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password check with a short memory. The stateless API sends the password with every request, and bcrypt
 * is deliberately slow (tens of ms, seconds on a loaded machine): a delegate's script posting proposals
 * would spend most of its time hashing. A password verified in the last {@link #TTL} is accepted again
 * without bcrypt. Only an HMAC of it under a per-process random key is kept, and the account is reloaded on
 * every request, so disabling or throttling a user takes effect at once.
 */
@Component
class RecentCredentials implements AuthenticationProvider {
    static final Duration TTL = Duration.ofMinutes(2);
    private final DaoAuthenticationProvider passwords;
    private final AccountDetailsService accounts;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock = Clock.systemUTC();

    RecentCredentials(AccountDetailsService accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (name == null || !(credentials instanceof String password)) return passwords.authenticate(authentication);
        String fingerprint = fingerprint(name, password);
        Instant at = verified.get(fingerprint);
        if (at != null && clock.instant().isBefore(at.plus(TTL))) {
            UserDetails user = accounts.loadUserByUsername(name);
            if (user.isEnabled() && user.isAccountNonLocked()) {
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }
        }
        verified.remove(fingerprint);
        Authentication result = passwords.authenticate(authentication);
        if (verified.size() > 10_000) verified.clear();
        verified.put(fingerprint, clock.instant());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String fingerprint(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((name + '\u0000' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
