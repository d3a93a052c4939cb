package org.draftroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * ADR 0004: the UI runs on Vaadin's pre-compiled bundles. Anything that makes Vaadin start an npm build
 * (client modules, npm packages, CSS imports into the bundle, a theme folder, TypeScript sources) is refused
 * here; styles come in through {@code @StyleSheet} only.
 */
class PrecompiledBundleTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.draftroom");

    @Test
    void no_class_asks_for_client_side_modules_npm_packages_css_imports_or_a_theme() {
        for (String annotation : List.of("com.vaadin.flow.component.dependency.JsModule",
                "com.vaadin.flow.component.dependency.NpmPackage", "com.vaadin.flow.component.dependency.CssImport",
                "com.vaadin.flow.component.dependency.JavaScript", "com.vaadin.flow.theme.Theme")) {
            noClasses().should().beAnnotatedWith(annotation).allowEmptyShould(true).check(CLASSES);
        }
    }

    @Test
    void there_are_no_typescript_or_javascript_sources_to_build() throws IOException {
        for (Path root : List.of(Path.of("frontend"), Path.of("src/main/frontend"))) {
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                List<Path> sources = files.filter(p -> !p.startsWith(root.resolve("generated")))
                        .filter(p -> p.toString().matches(".*\\.(ts|tsx|js|mjs|jsx)$")).toList();
                assertThat(sources).as("client sources under " + root).isEmpty();
            }
        }
        assertThat(Path.of("src/main/frontend/themes")).doesNotExist();
    }
}
