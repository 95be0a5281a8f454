package org.peerpath.api.assessment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.peerpath.api.fhir.Capabilities;
import org.peerpath.api.fhir.FhirCapabilityContributor;

/** Declares what {@link AssessmentFhirResource} serves: Questionnaire, QuestionnaireResponse and Observation. */
@ApplicationScoped
public class AssessmentCapabilities implements FhirCapabilityContributor {

    @Override
    public void contribute(CapabilityStatementRestComponent rest) {
        Capabilities.readOnly(rest, "Questionnaire", "Assessment instruments (e.g. BARC-10), each version with its "
                + "items and answer scale; public, as they hold no personal data");
        Capabilities.resource(rest, "QuestionnaireResponse", "A person's answers to an assessment instrument; "
                + "search requires patient. Needs a consent covering assessments", List.of(
                        Capabilities.param("patient", SearchParamType.REFERENCE,
                                "http://hl7.org/fhir/SearchParameter/QuestionnaireResponse-patient",
                                "The person who was assessed (required)")));
        Capabilities.resource(rest, "Observation", "The total score of a complete assessment (same id as its "
                + "QuestionnaireResponse); search requires patient. Needs a consent covering assessments", List.of(
                        Capabilities.param("patient", SearchParamType.REFERENCE,
                                "http://hl7.org/fhir/SearchParameter/clinical-patient",
                                "The person who was assessed (required)")));
    }
}
