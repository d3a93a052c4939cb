package org.draftroom.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The security module's settings, checked when the app starts (a wrong value stops it with a message naming the
 * setting). The API's request limits are app-wide: {@link org.draftroom.DraftroomSettings}.
 *
 * @param admin    the first administrator of the {@code prod} profile ({@code draftroom.admin.*}, usually given
 *                 as the environment variables {@code DRAFTROOM_ADMIN_USER} and {@code DRAFTROOM_ADMIN_PASSWORD})
 * @param security the sign-in throttle ({@code draftroom.security.*}, ADR 0010)
 */
@ConfigurationProperties("draftroom")
public record SecuritySettings(@DefaultValue Admin admin, @DefaultValue Security security) {

    /**
     * @param user     name of the first administrator
     * @param password empty: no first admin is created (and {@code prod} refuses to start with no users)
     */
    public record Admin(@DefaultValue("admin") String user, @DefaultValue("") String password) {
        public Admin {
            if (user.isBlank()) throw new IllegalArgumentException("draftroom.admin.user must not be blank");
        }
    }

    /** @param suspectChecksPerSecond bcrypt checks a second shared by all sources with recent wrong passwords */
    public record Security(@DefaultValue("2") double suspectChecksPerSecond) {
        public Security {
            if (!(suspectChecksPerSecond > 0)) {
                throw new IllegalArgumentException("draftroom.security.suspect-checks-per-second must be > 0, was "
                        + suspectChecksPerSecond);
            }
        }
    }
}
