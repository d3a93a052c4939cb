package org.draftroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** House rules a newcomer can rely on (see docs/architecture.md). */
@AnalyzeClasses(packages = "org.draftroom", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTest {

    @ArchTest
    static final ArchRule the_negotiation_model_is_plain_java = classes()
            .that().resideInAPackage("org.draftroom.negotiation..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.draftroom.negotiation..", "java..");

    @ArchTest
    static final ArchRule vaadin_is_used_only_in_ui_packages_and_the_shell = noClasses()
            .that().resideOutsideOfPackages("..ui..", "org.draftroom.shell..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..");

    @ArchTest
    static final ArchRule views_do_not_touch_storage = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

    @ArchTest
    static final ArchRule no_dumping_ground_packages = noClasses()
            .should().resideInAnyPackage("..util..", "..utils..", "..support..", "..common..", "..helpers..");

    @ArchTest
    static final ArchRule only_inline_content_writes_html_into_the_page = noClasses()
            .that().doNotHaveFullyQualifiedName("org.draftroom.documents.ui.InlineContent")
            .should().callConstructor(com.vaadin.flow.component.Html.class, String.class)
            .orShould().callConstructor(com.vaadin.flow.component.Html.class, java.io.InputStream.class)
            .orShould().callMethod(com.vaadin.flow.dom.Element.class, "setProperty", String.class, String.class)
            .because("ADR 0007: text reaches the browser as escaped HTML written in one place, InlineContent, so "
                    + "there is one class to check for what the page shows unescaped");

    @ArchTest
    static final ArchRule rest_controllers_live_in_api_packages = classes()
            .that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should().resideInAPackage("..api..");
}
