package org.draftroom.testkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Which database the integration tests run on: {@code -Ddraftroom.test.database=h2} (the default, the app's own
 * embedded file database) or {@code postgresql} (a real server, {@link PostgresServer}; the pom's second
 * surefire execution). As a context customizer of {@code @DraftroomIT} it points the shared test context at a
 * database of its own on that server; tests that start applications of their own give each one
 * {@link #ownAppArguments} so it gets a fresh, empty database as it gets a fresh data directory on H2.
 */
public final class TestDatabase implements ContextCustomizerFactory {
    public static final String SWITCH = "draftroom.test.database";
    private static final Map<Path, List<String>> OWN_DATABASES = new ConcurrentHashMap<>();

    /** True when the tests run on PostgreSQL; an unknown value stops the run instead of quietly testing H2. */
    public static boolean postgresql() {
        String value = System.getProperty(SWITCH, "h2").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "h2", "" -> false;
            case "postgresql" -> true;
            default -> throw new IllegalArgumentException("-D" + SWITCH + "=" + value + ": use h2 or postgresql");
        };
    }

    /**
     * Settings for an application a test starts itself on this data directory: on PostgreSQL the database that
     * belongs to the directory (a new empty one the first time, the same one when the app restarts on it), on
     * H2 none (the database is in the directory).
     */
    public static List<String> ownAppArguments(Path dataDir) {
        if (!postgresql()) return List.of();
        return OWN_DATABASES.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> datasource(
                PostgresServer.shared().createDatabase("own")).entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).sorted().toList());
    }

    private static Map<String, Object> datasource(String url) {
        return Map.of("spring.datasource.url", url, "spring.datasource.username", PostgresServer.USER,
                "spring.datasource.password", "");
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return postgresql() ? new SharedDatabase() : null;
    }

    /** Equal to every other, so all {@code @DraftroomIT} classes still share one cached context (and database). */
    private record SharedDatabase() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("draftroom-test-database", datasource(PostgresServer.shared().createDatabase("it"))));
        }
    }
}
