package org.draftroom.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.draftroom.DraftroomApplication;
import org.draftroom.security.Role;
import org.draftroom.security.UserAccount;
import org.draftroom.testkit.OwnAppStarts;
import org.draftroom.testkit.TestDatabase;

/**
 * Whole-application starts with their own data directories: the prod profile's first admin, and restarts
 * that keep data without duplicating the demo accounts. Each start is a full context, so they are few.
 */
@ExtendWith(OwnAppStarts.class)
class ProfilesIT {
    @TempDir
    Path dir;

    private static ConfigurableApplicationContext start(Path dataDir, String profile, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--spring.profiles.active=" + profile,
                "--draftroom.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off"));
        args.addAll(TestDatabase.ownAppArguments(dataDir));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(DraftroomApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void prod_without_an_admin_password_or_with_a_weak_one_refuses_to_start_and_with_a_good_one_creates_only_the_admin() {
        Path data = dir.resolve("prod");
        Throwable refused = catchThrowable(() -> start(data, "prod", "--draftroom.admin.password="));
        while (refused != null && refused.getCause() != null) refused = refused.getCause();
        assertThat(refused).isInstanceOf(IllegalStateException.class).hasMessageContaining("set DRAFTROOM_ADMIN_PASSWORD");
        Throwable weak = catchThrowable(() -> start(data, "prod", "--draftroom.admin.password=admin1234567"));
        while (weak != null && weak.getCause() != null && !(weak instanceof IllegalStateException
                && weak.getMessage().startsWith("DRAFTROOM_ADMIN_PASSWORD is refused"))) weak = weak.getCause();
        assertThat(weak).as("the password policy applies to the first admin").isNotNull()
                .hasMessageContaining("must not contain the user name");
        try (ConfigurableApplicationContext app = start(data, "prod", "--draftroom.admin.password=first secret of the room")) {
            UserStore store = app.getBean(UserStore.class);
            assertThat(store.all()).containsExactly(new UserAccount("admin", "Administrator", Role.ADMIN, null, true));
            String hash = store.passwordHash("admin").orElseThrow();
            assertThat(app.getBean(PasswordEncoder.class).matches("first secret of the room", hash)).isTrue();
            assertThat(hash).doesNotContain("first secret of the room");
        }
        // once there are users, the variable is no longer needed and nothing is added
        try (ConfigurableApplicationContext app = start(data, "prod", "--draftroom.admin.password=")) {
            assertThat(app.getBean(UserStore.class).all()).extracting(UserAccount::username).containsExactly("admin");
        }
    }

    @Test
    void a_restart_keeps_the_data_and_does_not_duplicate_the_demo_accounts() {
        Path data = dir.resolve("demo");
        int demoCount = DemoAccounts.accounts().size();
        try (ConfigurableApplicationContext app = start(data, "demo")) {
            UserStore store = app.getBean(UserStore.class);
            assertThat(store.count()).isEqualTo(demoCount);
            store.insert(new UserAccount("kept", "Kept across restarts", Role.OBSERVER, null, true), "{noop}unused");
            store.update(new UserAccount("chair", "Renamed chair", Role.CHAIR, null, true));
        }
        try (ConfigurableApplicationContext app = start(data, "demo")) {
            UserStore store = app.getBean(UserStore.class);
            assertThat(store.count()).isEqualTo(demoCount + 1);
            assertThat(store.find("kept")).isPresent();
            assertThat(store.find("chair").orElseThrow().displayName()).as("demo accounts are not reset").isEqualTo("Renamed chair");
        }
    }
}
