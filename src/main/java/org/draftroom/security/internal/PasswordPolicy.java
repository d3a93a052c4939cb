package org.draftroom.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What a new password must be, wherever one is set (the admin users view, the prod first admin): at least
 * {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes of UTF-8 (bcrypt reads no further), not
 * the user name and not containing it, and not one of the 10,000 most common passwords
 * ({@code security/common-passwords.txt}, source named in its header). Case does not help: "Password123" is
 * "password123". The demo profile's accounts keep the password {@code demo}; they are created directly, never
 * through this policy (README, "Demo accounts").
 */
@Component
public class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    static final String LIST = "security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Throws {@link IllegalArgumentException} with the rule that is broken; returns quietly when all hold. */
    public void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new IllegalArgumentException("passwords need at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("passwords may have at most " + MAX_BYTES + " bytes (UTF-8)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("a password must not contain the user name");
        }
        if (common.contains(lower)) {
            throw new IllegalArgumentException("this password is one of the 10,000 most common; choose another");
        }
    }

    int listed() {
        return common.size();
    }

    private static Set<String> load() {
        InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST);
        if (in == null) throw new IllegalStateException("missing resource " + LIST);
        Set<String> words = new HashSet<>(16_384);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) words.add(line.strip().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
        return Set.copyOf(words);
    }
}
