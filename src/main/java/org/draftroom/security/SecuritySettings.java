package org.draftroom.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The security module's settings: the first administrator of the {@code prod} profile ({@code draftroom.admin.*},
 * usually given as the environment variables {@code DRAFTROOM_ADMIN_USER} and {@code DRAFTROOM_ADMIN_PASSWORD}).
 * Checked when the app starts. The API's request limits are app-wide: {@link org.draftroom.DraftroomSettings}.
 *
 * @param user     name of the first administrator
 * @param password empty: no first admin is created (and {@code prod} refuses to start with no users)
 */
@ConfigurationProperties("draftroom.admin")
public record SecuritySettings(@DefaultValue("admin") String user, @DefaultValue("") String password) {
    public SecuritySettings {
        if (user.isBlank()) throw new IllegalArgumentException("draftroom.admin.user must not be blank");
    }
}
