package org.peerpath.api.assessment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Resource;
import org.peerpath.api.fhir.SourceQuery;

/** An assessment as a FHIR QuestionnaireResponse. */
@ApplicationScoped
public class QuestionnaireResponseType extends AssessmentType {

    private static final SourceQuery QUERY = ALL;

    public QuestionnaireResponseType() {
        super("QuestionnaireResponse", "A person's answers to an assessment instrument; search requires patient. "
                + "Needs a consent "
                + "covering assessments", QUERY);
    }

    @Override
    public List<String> supportedProfiles() {
        return List.of("http://hl7.org/fhir/us/core/StructureDefinition/us-core-questionnaireresponse");
    }

    @Override
    public String practitionerColumn() {
        return "a.recorded_by_staff";
    }

    @Override
    String patientDefinition() {
        return "http://hl7.org/fhir/SearchParameter/QuestionnaireResponse-patient";
    }

    @Override
    Resource map(Assessment assessment, Instrument instrument) {
        return AssessmentFhir.questionnaireResponse(assessment, instrument);
    }
}
