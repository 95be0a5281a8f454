package org.peerpath.api.assessment;

import jakarta.enterprise.context.ApplicationScoped;

import org.peerpath.api.fhir.ServedType;

/** The instruments as FHIR Questionnaires: read only, public (they hold no personal data), so not disclosed. */
@ApplicationScoped
public class QuestionnaireType implements ServedType {

    @Override
    public String fhirType() {
        return "Questionnaire";
    }

    @Override
    public String documentation() {
        return "Assessment instruments (e.g. BARC-10), each version with its items and answer scale; public, as they "
                + "hold no personal data";
    }
}
