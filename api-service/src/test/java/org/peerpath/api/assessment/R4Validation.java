package org.peerpath.api.assessment;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.peerpath.api.fhir.Fhir;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;

/** HAPI's instance validator against base R4, for the outcome resources (errors and fatals only). */
public final class R4Validation {

    private static FhirValidator validator;

    private R4Validation() {
    }

    public static List<String> errors(String json) {
        return validator().validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getSeverity() + " at " + m.getLocationString() + ": " + m.getMessage())
                .toList();
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            var context = Fhir.CONTEXT;
            FhirValidator created = context.newValidator();
            created.registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                    new DefaultProfileValidationSupport(context),
                    new InMemoryTerminologyServerValidationSupport(context),
                    new CommonCodeSystemsTerminologyService(context),
                    new SnapshotGeneratingValidationSupport(context))));
            validator = created;
        }
        return validator;
    }
}
