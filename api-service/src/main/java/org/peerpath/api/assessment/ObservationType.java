package org.peerpath.api.assessment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.Resource;
import org.peerpath.api.fhir.SourceQuery;

/** The total score of a complete assessment as a FHIR Observation (an incomplete one has none). */
@ApplicationScoped
public class ObservationType extends AssessmentType {

    private static final SourceQuery QUERY = ALL.where("a.complete");

    public ObservationType() {
        super("Observation", "The total score of a complete assessment (same id as its QuestionnaireResponse); "
                + "search requires "
                + "patient. Needs a consent covering assessments", QUERY);
    }

    @Override
    public List<String> supportedProfiles() {
        return List.of("http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-screening-assessment");
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
