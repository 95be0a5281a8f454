package org.peerpath.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.peerpath.api.fhir.Fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationOptions;

/**
 * HAPI's FHIR instance validator with base R4 and the US Core 6.1.0 package (a copy of ../shared/fhir), built once
 * per test JVM and shared by every FHIR test. No remote terminology: value sets that live only in LOINC or VSAC
 * cannot be expanded offline, so errors naming them are the one known limit; every other error counts.
 */
public final class FhirValidation {

    /** The US Core profile each resource type the server returns is checked against (types without one: R4 only). */
    public static final Map<String, String> US_CORE_PROFILES = Map.ofEntries(
            Map.entry("Patient", usCore("us-core-patient")),
            Map.entry("Encounter", usCore("us-core-encounter")),
            Map.entry("DocumentReference", usCore("us-core-documentreference")),
            Map.entry("Goal", usCore("us-core-goal")),
            Map.entry("CareTeam", usCore("us-core-careteam")),
            Map.entry("CarePlan", usCore("us-core-careplan")),
            Map.entry("QuestionnaireResponse", usCore("us-core-questionnaireresponse")),
            Map.entry("Observation", usCore("us-core-observation-screening-assessment")),
            Map.entry("Practitioner", usCore("us-core-practitioner")),
            Map.entry("PractitionerRole", usCore("us-core-practitionerrole")),
            Map.entry("Organization", usCore("us-core-organization")),
            Map.entry("RelatedPerson", usCore("us-core-relatedperson")));

    private static final String PACKAGE = "classpath:fhir/hl7.fhir.us.core-6.1.0.tgz";

    /** Code systems and value sets that cannot be expanded without the terminology server the package names. */
    private static final List<String> OFFLINE_TERMINOLOGY = List.of("http://loinc.org", "http://cts.nlm.nih.gov/");

    private static FhirValidator validator;

    private FhirValidation() {
    }

    /**
     * The errors and fatals for a resource in JSON against base R4 and, for the resource (or each entry of a
     * Bundle), its US Core profile; empty when it conforms. Errors naming LOINC or VSAC are left out.
     */
    public static List<String> errors(String json) {
        List<String> errors = new ArrayList<>(errors(json, null, ""));
        // lenient: an invalid resource is for the validator to report, not for the parser to refuse
        IBaseResource parsed = Fhir.CONTEXT.newJsonParser()
                .setParserErrorHandler(new LenientErrorHandler(false).setErrorOnInvalidValue(false))
                .parseResource(json);
        if (parsed instanceof Bundle bundle) {
            for (int i = 0; i < bundle.getEntry().size(); i++) {
                Resource entry = bundle.getEntry().get(i).getResource();
                String profile = entry == null ? null : US_CORE_PROFILES.get(entry.fhirType());
                if (profile != null) {
                    errors.addAll(errors(Fhir.CONTEXT.newJsonParser().encodeResourceToString(entry), profile,
                            "entry[" + i + "] "));
                }
            }
        } else if (US_CORE_PROFILES.containsKey(parsed.fhirType())) {
            errors.addAll(errors(json, US_CORE_PROFILES.get(parsed.fhirType()), ""));
        }
        return errors;
    }

    private static List<String> errors(String json, String profile, String where) {
        ValidationOptions options = new ValidationOptions();
        if (profile != null) {
            options.addProfile(profile);
        }
        return validator().validateWithResult(json, options).getMessages().stream()
                .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
                        || message.getSeverity() == ResultSeverityEnum.FATAL)
                .filter(message -> OFFLINE_TERMINOLOGY.stream().noneMatch(message.getMessage()::contains))
                .map(message -> where + describe(message, profile))
                .toList();
    }

    private static String describe(SingleValidationMessage message, String profile) {
        return message.getSeverity() + (profile == null ? " (R4)" : " (" + profile.substring(profile.lastIndexOf('/')
                + 1) + ")") + " at " + message.getLocationString() + ": " + message.getMessage();
    }

    private static String usCore(String name) {
        return "http://hl7.org/fhir/us/core/StructureDefinition/" + name;
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            FhirContext context = Fhir.CONTEXT;
            NpmPackageValidationSupport usCore = new NpmPackageValidationSupport(context);
            try {
                usCore.loadPackageFromClasspath(PACKAGE);
            } catch (IOException e) {
                throw new UncheckedIOException("The US Core package is missing from the test resources", e);
            }
            ValidationSupportChain chain = new ValidationSupportChain(
                    usCore,
                    new DefaultProfileValidationSupport(context),
                    new InMemoryTerminologyServerValidationSupport(context),
                    new CommonCodeSystemsTerminologyService(context),
                    new SnapshotGeneratingValidationSupport(context));
            FhirValidator created = context.newValidator();
            created.registerValidatorModule(new FhirInstanceValidator(chain));
            validator = created;
        }
        return validator;
    }
}
