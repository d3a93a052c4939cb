package org.draftroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module picture in docs/architecture.md is checked against Spring Modulith's model of the code: every
 * arrow drawn is a real dependency and every real dependency is drawn (arrows to {@code negotiation}, which
 * every module may use, are left out of the picture). The declared {@code allowedDependencies} are held to
 * the same model, so a dependency that went away does not stay allowed.
 */
class ArchitecturePictureTest {
    static final ApplicationModules MODULES = ModuleStructureTest.MODULES;
    static final String MODEL = "negotiation";
    private static final Pattern ARROW = Pattern.compile("^\\s*(\\w+)(?:\\[[^]]*])?\\s*-->\\s*(\\w+)(?:\\[[^]]*])?\\s*$");

    @Test
    void the_architecture_picture_draws_exactly_the_dependencies_of_the_code() throws IOException {
        Set<String> drawn = drawnArrows(Path.of("docs/architecture.md"));
        Set<String> real = realArrows();
        Set<String> missing = new TreeSet<>(real);
        missing.removeAll(drawn);
        Set<String> extra = new TreeSet<>(drawn);
        extra.removeAll(real);
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(missing).as("dependencies in the code that docs/architecture.md does not draw").isEmpty();
            soft.assertThat(extra).as("arrows in docs/architecture.md that are not dependencies in the code").isEmpty();
        });
    }

    @Test
    void every_allowed_dependency_is_used() {
        SoftAssertions soft = new SoftAssertions();
        for (ApplicationModule module : MODULES) {
            if (module.getIdentifier().toString().equals(MODEL)) continue; // declares none: plain Java
            Set<String> allowed = module.getAllowedDependencies(MODULES).stream()
                    .map(a -> a.getTargetModule().getIdentifier().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            allowed.removeAll(targets(module));
            allowed.remove(MODEL);
            soft.assertThat(allowed).as("allowedDependencies of %s that it does not use", module.getIdentifier()).isEmpty();
        }
        soft.assertAll();
    }

    /** "from --> to" for every arrow of the mermaid block, node labels dropped. */
    static Set<String> drawnArrows(Path page) throws IOException {
        String text = Files.readString(page);
        int start = text.indexOf("```mermaid");
        assertThat(start).as("a mermaid block in " + page).isNotNegative();
        String block = text.substring(start, text.indexOf("```", start + 3));
        Set<String> arrows = new TreeSet<>();
        for (String line : block.lines().toList()) {
            Matcher m = ARROW.matcher(line);
            if (m.matches()) arrows.add(m.group(1) + " --> " + m.group(2));
        }
        return arrows;
    }

    static Set<String> realArrows() {
        Set<String> arrows = new TreeSet<>();
        for (ApplicationModule module : MODULES) {
            for (String target : targets(module)) {
                if (!target.equals(MODEL)) arrows.add(module.getIdentifier() + " --> " + target);
            }
        }
        return arrows;
    }

    private static Set<String> targets(ApplicationModule module) {
        return module.getDirectDependencies(MODULES).stream().map(ApplicationModuleDependency::getTargetModule)
                .map(m -> m.getIdentifier().toString()).filter(t -> !t.equals(module.getIdentifier().toString()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
