package org.peerpath.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package structure of api-service, checked on every build: features free of cycles, the FHIR infrastructure
 * free of features, resources free of queries.
 */
@AnalyzeClasses(packages = "org.peerpath.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The packages the disclosure pipeline in {@code fhir} is built from (the consent rule, the accounting, audit). */
    private static final String[] FEATURES = { "..api.agency..", "..api.assessment..", "..api.changelog..",
        "..api.curriculum..", "..api.export..", "..api.goal..", "..api.me..", "..api.network..", "..api.peer..",
        "..api.relapseplan..", "..api.report..", "..api.seed..", "..api.session..", "..api.sync..",
        "..api.webhook..", "..api.practitioner.." };

    @ArchTest
    static final ArchRule FEATURES_FREE_OF_CYCLES = slices().matching("org.peerpath.api.(*)..")
            .should().beFreeOfCycles();

    /**
     * {@code fhir} is infrastructure: the features register their types with it, it imports none of them. It may use
     * only {@code common}, {@code staff} (the caller), {@code audit}, {@code consent} (the gate) and
     * {@code disclosure} (the accounting), which every disclosure needs.
     */
    @ArchTest
    static final ArchRule FHIR_IMPORTS_NO_FEATURE = noClasses().that().resideInAPackage("..api.fhir..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule RESOURCES_DO_NOT_TOUCH_REPOSITORIES = noClasses().that().haveSimpleNameEndingWith("Resource")
            .and().resideInAPackage("org.peerpath.api..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");
}
