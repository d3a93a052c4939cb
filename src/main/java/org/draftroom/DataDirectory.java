package org.draftroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves {@code draftroom.data-dir} to an absolute path once, at start-up, and creates it. H2 refuses
 * relative file paths, and every module (database, search index, exports) must agree on one directory
 * whatever the working directory or the form the operator typed it in.
 */
public class DataDirectory implements EnvironmentPostProcessor, Ordered {
    public static final String PROPERTY = "draftroom.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY, "./data");
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir, e);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("draftroomDataDirectory",
                Map.of(PROPERTY, dir.toString())));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
