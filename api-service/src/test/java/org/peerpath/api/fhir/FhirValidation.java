package org.peerpath.api.fhir;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/** HAPI's FHIR instance validator against the base R4 specification, built once per test JVM. */
final class FhirValidation {

    private static FhirValidator validator;

    private FhirValidation() {
    }

    /** The error and fatal messages for a resource in JSON; empty when it is valid R4. */
    static List<String> errors(String json) {
        return validator().validateWithResult(json).getMessages().stream()
                .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
                        || message.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage message) {
        return message.getSeverity() + " at " + message.getLocationString() + ": " + message.getMessage();
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            FhirContext context = Fhir.CONTEXT;
            ValidationSupportChain chain = new ValidationSupportChain(
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
