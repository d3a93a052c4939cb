package org.draftroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

import org.draftroom.testkit.OwnAppStarts;
import org.draftroom.testkit.TestDatabase;

/**
 * The typed settings are checked when the app starts: a wrong value stops it, and what it says names the
 * setting, so an operator knows which line of the configuration to fix.
 */
@ExtendWith(OwnAppStarts.class)
class SettingsIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "draftroom.api.max-json-bytes, -1",
            "draftroom.api.max-json-bytes, 0",
            "draftroom.api.max-upload-bytes, lots",
            "draftroom.admin.user, ' '",
            "draftroom.security.suspect-checks-per-second, 0",
            "draftroom.audit.verify-and-exit, perhaps",
            "draftroom.room.group-speaking.rule, loudest",
    })
    void a_wrong_setting_stops_the_start_and_the_message_names_it(String setting, String value) {
        List<String> args = new ArrayList<>(List.of("--draftroom.data-dir=" + dir, "--server.port=0",
                "--spring.main.banner-mode=off", "--" + setting + "=" + value));
        args.addAll(TestDatabase.ownAppArguments(dir));
        Throwable refused = catchThrowable(() -> new SpringApplicationBuilder(DraftroomApplication.class)
                .run(args.toArray(String[]::new)).close());
        assertThat(refused).as("the app started with %s=%s", setting, value).isNotNull();
        StringBuilder messages = new StringBuilder();
        for (Throwable t = refused; t != null; t = t.getCause()) messages.append(t.getMessage()).append('\n');
        assertThat(messages.toString()).contains(setting);
    }
}
