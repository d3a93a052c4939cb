package org.draftroom;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules only use each other's published API and only along the declared dependencies. */
class ModuleStructureTest {
    static final ApplicationModules MODULES = ApplicationModules.of(DraftroomApplication.class);

    @Test
    void modules_respect_their_declared_dependencies() {
        MODULES.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
