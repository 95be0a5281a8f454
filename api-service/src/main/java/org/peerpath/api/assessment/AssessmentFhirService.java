package org.peerpath.api.assessment;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hl7.fhir.r4.model.Questionnaire;
import org.peerpath.api.fhir.FhirException;
import org.peerpath.api.fhir.FhirReader;

/**
 * The instruments as FHIR Questionnaires. They hold no personal data, so they are public and not disclosed; the
 * consent-gated assessment types go through the disclosure pipeline ({@link QuestionnaireResponseType},
 * {@link ObservationType}).
 */
@ApplicationScoped
@Transactional
public class AssessmentFhirService {

    @Inject
    InstrumentRepository instruments;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Questionnaire questionnaire(String id) {
        UUID instrumentId = FhirReader.uuid(id);
        Instrument instrument = instrumentId == null ? null : instruments.findById(instrumentId);
        if (instrument == null) {
            throw FhirException.notFound("Questionnaire", id);
        }
        return AssessmentFhir.questionnaire(instrument);
    }
}
