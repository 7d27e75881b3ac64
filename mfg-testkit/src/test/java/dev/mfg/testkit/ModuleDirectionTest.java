package dev.mfg.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module direction of ARCHITECTURE.md, enforced on the compiled main classes of all four modules:
 * core ← mrp, core ← costing, testkit ← all; mrp and costing never depend on each other; core depends on
 * nothing of ours and logs nothing.
 */
class ModuleDirectionTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.mfg");
    }

    @Test
    void import_seesEveryModule() {
        // Guards the rules below against passing vacuously: the core's classes must have been imported.
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("dev.mfg.core.quantity")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("dev.mfg.core.item")).isTrue();
    }

    @Test
    void core_dependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.mfg.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.mfg.mrp..", "dev.mfg.costing..",
                        "dev.mfg.testkit..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void core_usesOnlyJdkCollectionsAndAnnotations() {
        classes().that().resideInAPackage("dev.mfg.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.mfg.core..", "java..",
                        "org.eclipse.collections..", "org.immutables..", "org.jspecify..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void mrp_neverDependsOnCostingOrTestkit() {
        noClasses().that().resideInAPackage("dev.mfg.mrp..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.mfg.costing..", "dev.mfg.testkit..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void costing_neverDependsOnMrpOrTestkit() {
        noClasses().that().resideInAPackage("dev.mfg.costing..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.mfg.mrp..", "dev.mfg.testkit..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void engines_useSlf4jApiOnly_andNoJsonOrCli() {
        noClasses().that().resideInAnyPackage("dev.mfg.core..", "dev.mfg.mrp..", "dev.mfg.costing..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "picocli..",
                        "org.openjdk.jmh..", "org.slf4j.simple..", "ch.qos.logback..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void nothingOutsideCore_usesCoreInternal() {
        noClasses().that().resideOutsideOfPackage("dev.mfg.core..")
                .should().dependOnClassesThat().resideInAPackage("dev.mfg.core.internal..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
