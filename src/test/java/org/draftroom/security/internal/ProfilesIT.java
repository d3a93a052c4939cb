package org.draftroom.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.draftroom.DraftroomApplication;
import org.draftroom.security.Role;
import org.draftroom.security.UserAccount;

/**
 * Whole-application starts with their own data directories: the prod profile's first admin, and restarts
 * that keep data without duplicating the demo accounts. Each start is a full context, so they are few.
 */
class ProfilesIT {
    @TempDir
    Path dir;
    private SecurityContextHolderStrategy shared;

    /**
     * Each application start makes Vaadin install its own SecurityContextHolder strategy (with its own thread
     * local) globally; put back the one of the shared test context so later @DraftroomIT tests still see
     * their signed-in users.
     */
    @BeforeEach
    void rememberSecurityStrategy() {
        shared = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void restoreSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(shared);
    }

    private static ConfigurableApplicationContext start(Path dataDir, String profile, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--spring.profiles.active=" + profile,
                "--draftroom.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(DraftroomApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void prod_without_an_admin_password_refuses_to_start_and_with_one_creates_only_the_admin() {
        Path data = dir.resolve("prod");
        Throwable refused = catchThrowable(() -> start(data, "prod", "--DRAFTROOM_ADMIN_PASSWORD="));
        while (refused != null && refused.getCause() != null) refused = refused.getCause();
        assertThat(refused).isInstanceOf(IllegalStateException.class).hasMessageContaining("set DRAFTROOM_ADMIN_PASSWORD");
        try (ConfigurableApplicationContext app = start(data, "prod", "--DRAFTROOM_ADMIN_PASSWORD=first admin secret")) {
            UserStore store = app.getBean(UserStore.class);
            assertThat(store.all()).containsExactly(new UserAccount("admin", "Administrator", Role.ADMIN, null, true));
            String hash = store.passwordHash("admin").orElseThrow();
            assertThat(app.getBean(PasswordEncoder.class).matches("first admin secret", hash)).isTrue();
            assertThat(hash).doesNotContain("first admin secret");
        }
        // once there are users, the variable is no longer needed and nothing is added
        try (ConfigurableApplicationContext app = start(data, "prod", "--DRAFTROOM_ADMIN_PASSWORD=")) {
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
