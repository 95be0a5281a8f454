package org.peerpath.api.assessment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Resource;
import org.peerpath.api.fhir.SourceQuery;

/** The total score of a complete assessment as a FHIR Observation (an incomplete one has none). */
@ApplicationScoped
public class ObservationType extends AssessmentType {

    private static final SourceQuery QUERY = ALL.where("a.complete");

    @Override
    public String fhirType() {
        return "Observation";
    }

    @Override
    public String documentation() {
        return "The total score of a complete assessment (same id as its QuestionnaireResponse); search requires "
                + "patient. Needs a consent covering assessments";
    }

    @Override
    public List<String> supportedProfiles() {
        return List.of("http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-screening-assessment");
    }

    @Override
    public SourceQuery query() {
        return QUERY;
    }

    @Override
    String patientDefinition() {
        return "http://hl7.org/fhir/SearchParameter/clinical-patient";
    }

    @Override
    Resource map(Assessment assessment, Instrument instrument) {
        return AssessmentFhir.totalObservation(assessment, instrument);
    }
}
