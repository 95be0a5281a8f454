package org.peerpath.api.assessment;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.peerpath.api.fhir.SecurityLabels;

/**
 * Assessments in FHIR R4: the instrument as a Questionnaire under the project's canonical URL (the BARC-10 has no
 * LOINC code), each administration as a QuestionnaireResponse, and its total as an Observation coded in a local code
 * system, derived from the response. Unanswered items carry no answer; an incomplete assessment has no Observation.
 */
public final class AssessmentFhir {

    public static final String CODE_SYSTEM = "https://peerpath.dev/fhir/CodeSystem/assessment";
    public static final String INTERPRETATION_SYSTEM = "https://peerpath.dev/fhir/CodeSystem/assessment-cutoff";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    private AssessmentFhir() {
    }

    /** The local code of an instrument's total, e.g. {@code barc-10-total}. */
    public static String totalCode(Instrument instrument) {
        return instrument.code.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-total";
    }

    public static String canonical(Instrument instrument) {
        return instrument.canonicalUrl + "|" + instrument.version;
    }

    public static Questionnaire questionnaire(Instrument instrument) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(instrument.id.toString());
        questionnaire.setUrl(instrument.canonicalUrl);
        questionnaire.setVersion(instrument.version);
        questionnaire.setName(instrument.code.replaceAll("[^A-Za-z0-9]", ""));
        questionnaire.setTitle(instrument.title);
        questionnaire.setStatus(instrument.status == InstrumentStatus.ACTIVE ? PublicationStatus.ACTIVE
                : PublicationStatus.RETIRED);
        questionnaire.setDescription(instrument.description + "\n\nSource: " + instrument.citation);
        questionnaire.setCopyright(instrument.terms);
        questionnaire.addSubjectType("Patient");
        for (InstrumentItem item : instrument.items) {
            Questionnaire.QuestionnaireItemComponent question = questionnaire.addItem()
                    .setLinkId(item.linkId()).setText(item.text())
                    .setType(Questionnaire.QuestionnaireItemType.INTEGER).setRequired(false);
            for (ScaleLabel label : instrument.scaleLabels) {
                question.addAnswerOption().setValue(new IntegerType(label.value()));
            }
        }
        return questionnaire;
    }

    public static QuestionnaireResponse questionnaireResponse(Assessment assessment, Instrument instrument) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(assessment.id.toString());
        response.setMeta(SecurityLabels.label(new Meta().setLastUpdated(Date.from(assessment.createdAt))));
        response.setQuestionnaire(canonical(instrument));
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(patient(assessment));
        response.setAuthored(Date.from(assessment.administeredAt));
        if (assessment.mode == AdministrationMode.SELF_REPORTED) {
            response.setSource(patient(assessment));
        }
        if (assessment.recordedByStaff != null) {
            response.setAuthor(new Reference("Practitioner/" + assessment.recordedByStaff));
        } else {
            response.setAuthor(patient(assessment));
        }
        Map<String, String> text = instrument.items.stream()
                .collect(Collectors.toMap(InstrumentItem::linkId, InstrumentItem::text));
        for (StoredAnswer answer : assessment.answers) {
            QuestionnaireResponse.QuestionnaireResponseItemComponent item = response.addItem()
                    .setLinkId(answer.linkId()).setText(text.get(answer.linkId()));
            if (answer.value() != null) {
                item.addAnswer().setValue(new IntegerType(answer.value()));
            }
        }
        return response;
    }

    /** The total as an Observation; only a complete assessment has one. */
    public static Observation totalObservation(Assessment assessment, Instrument instrument) {
        Observation observation = new Observation();
        observation.setId(assessment.id.toString());
        observation.setMeta(SecurityLabels.label(new Meta().setLastUpdated(Date.from(assessment.createdAt))));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
        observation.setCode(new CodeableConcept(new Coding(CODE_SYSTEM, totalCode(instrument),
                instrument.code + " total score")).setText(instrument.title + " total score"));
        observation.setSubject(patient(assessment));
        observation.setEffective(new org.hl7.fhir.r4.model.DateTimeType(Date.from(assessment.administeredAt)));
        observation.setIssued(Date.from(assessment.createdAt));
        observation.setValue(new IntegerType(assessment.totalScore));
        observation.addDerivedFrom(new Reference("QuestionnaireResponse/" + assessment.id));
        if (instrument.cutoff != null) {
            boolean meets = Boolean.TRUE.equals(assessment.meetsCutoff);
            observation.addInterpretation(new CodeableConcept(new Coding(INTERPRETATION_SYSTEM,
                    meets ? "at-or-above-cutoff" : "below-cutoff",
                    meets ? "At or above the published cut-off" : "Below the published cut-off")));
            observation.addReferenceRange().setLow((Quantity) new Quantity().setValue(instrument.cutoff))
                    .setText(instrument.cutoffMeaning);
        }
        observation.addNote().setText("Range " + instrument.totalMin + "–" + instrument.totalMax
                + "; higher means more recovery capital. " + instrument.citation);
        return observation;
    }

    private static Reference patient(Assessment assessment) {
        return new Reference("Patient/" + assessment.peerId);
    }

    static List<String> refs(Assessment assessment) {
        return List.of("QuestionnaireResponse/" + assessment.id);
    }
}
