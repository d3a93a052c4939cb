package org.draftroom.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * A short memory of verified passwords. The stateless API sends the password with every request, and bcrypt
 * is deliberately slow (tens of ms, seconds on a loaded machine): a delegate's script posting proposals would
 * spend most of its time hashing. A (source, name, password) verified in the last {@link #TTL} is accepted again
 * without bcrypt, but only while the account's credential epoch is the one it was verified under, so a reset
 * or a disabled account ends it at once. Only an HMAC under a per-process random key is kept. Keyed by source
 * too: a guess from elsewhere can never be answered from this memory.
 */
@Component
class RecentCredentials {
    static final Duration TTL = Duration.ofMinutes(2);
    static final int MAX_ENTRIES = 10_000;

    private record Verified(Instant at, long epoch) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock = Clock.systemUTC();

    RecentCredentials() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The epoch this credential was verified under, if it was verified within the TTL. */
    OptionalLong recall(String source, String name, String password) {
        String fingerprint = fingerprint(source, name, password);
        Verified v = verified.get(fingerprint);
        if (v == null) return OptionalLong.empty();
        if (!clock.instant().isBefore(v.at().plus(TTL))) {
            verified.remove(fingerprint, v);
            return OptionalLong.empty();
        }
        return OptionalLong.of(v.epoch());
    }

    void remember(String source, String name, String password, long epoch) {
        if (verified.size() >= MAX_ENTRIES) verified.clear();
        verified.put(fingerprint(source, name, password), new Verified(clock.instant(), epoch));
    }

    void forget(String source, String name, String password) {
        verified.remove(fingerprint(source, name, password));
    }

    private String fingerprint(String source, String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            String joined = source + '\u0000' + name + '\u0000' + password;
            return HexFormat.of().formatHex(mac.doFinal(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
