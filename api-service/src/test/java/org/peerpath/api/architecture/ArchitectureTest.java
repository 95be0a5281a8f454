package org.peerpath.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package structure of api-service, checked on every build: features free of cycles, the FHIR infrastructure
 * free of features, resources free of queries. Plain JUnit tests over one import of the main classes.
 */
class ArchitectureTest {

    /**
     * Every package of api-service but those the disclosure pipeline in {@code fhir} is built from: {@code common},
     * {@code staff} (the caller), {@code audit}, {@code consent} (the gate) and {@code disclosure} (the accounting).
     */
    private static final String[] FEATURES = { "..api.agency..", "..api.assessment..", "..api.changelog..",
        "..api.curriculum..", "..api.export..", "..api.goal..", "..api.me..", "..api.network..", "..api.peer..",
        "..api.relapseplan..", "..api.report..", "..api.seed..", "..api.session..", "..api.sync..",
        "..api.webhook..", "..api.practitioner.." };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.peerpath.api");
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.peerpath.api.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** {@code fhir} is infrastructure: the features register their types with it, and it imports none of them. */
    @Test
    void fhirImportsNoFeature() {
        noClasses().that().resideInAPackage("..api.fhir..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES).check(classes);
    }

    @Test
    void resourcesDoNotTouchRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Resource").and().resideInAPackage("org.peerpath.api..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository").check(classes);
    }

    /** The rules are not vacuous: the import found the service's classes. */
    @Test
    void theImportHoldsTheService() {
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("org.peerpath.api.fhir")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.size()).isGreaterThan(200);
    }
}
