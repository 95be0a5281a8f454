package org.peerpath.api.assessment;

import org.peerpath.api.audit.AuditResourceType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jakarta.ws.rs.core.UriBuilder;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.consent.ConsentGate;
import org.peerpath.api.consent.ConsentGrant;
import org.peerpath.api.disclosure.DisclosureChannel;
import org.peerpath.api.disclosure.Disclosures;
import org.peerpath.api.fhir.FhirException;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.common.paging.Cursor;

/**
 * Assessments for EHR clients over FHIR, behind the same consent rules as the rest of the record: without a consent in
 * effect naming the client, an assessment does not exist (404); each one handed out is a disclosure, and audited.
 */
@ApplicationScoped
@Transactional
public class AssessmentFhirService {

    @Inject
    CurrentActor currentActor;

    @Inject
    ConsentGate gate;

    @Inject
    Disclosures disclosures;

    @Inject
    AuditLog audit;

    @Inject
    AssessmentRepository assessments;

    @Inject
    InstrumentRepository instruments;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Questionnaire questionnaire(String id) {
        UUID instrumentId = uuid(id);
        Instrument instrument = instrumentId == null ? null : instruments.findById(instrumentId);
        if (instrument == null) {
            throw FhirException.notFound("Questionnaire", id);
        }
        return AssessmentFhir.questionnaire(instrument);
    }

    public QuestionnaireResponse questionnaireResponse(String id) {
        Actor actor = currentActor.get();
        Assessment assessment = disclosed(actor, id, "QuestionnaireResponse");
        return AssessmentFhir.questionnaireResponse(assessment, instruments.findById(assessment.instrumentId));
    }

    public Observation observation(String id) {
        Actor actor = currentActor.get();
        Assessment found = find(actor, id);
        if (found != null && !found.complete) {
            // an incomplete assessment has no total, so there is no Observation of one
            audit.denied(actor, AuditAction.READ, AuditResourceType.ASSESSMENT, found.id, found.peerId);
            throw FhirException.notFound("Observation", id);
        }
        Assessment assessment = disclosed(actor, id, "Observation");
        return AssessmentFhir.totalObservation(assessment, instruments.findById(assessment.instrumentId));
    }

    /**
     * The person's assessments (complete ones only, for Observations), newest first, if a consent naming the client
     * covers them; an empty Bundle otherwise.
     */
    public Bundle search(String type, String patient, Integer count, String cursor, UriBuilder self, String base) {
        Actor actor = currentActor.get();
        UUID peerId = FhirBundles.patient(patient);
        int limit = FhirBundles.count(count);
        boolean observations = type.equals("Observation");
        ConsentGrant grant = peerId == null ? null : gate.grant(actor, peerId, AssessmentConsent.SCOPE).orElse(null);
        if (grant == null) {
            return FhirBundles.searchset(List.of(), null, self, base);
        }
        Instant beforeTime = null;
        UUID beforeId = null;
        if (cursor != null && !cursor.isEmpty()) {
            try {
                List<String> keys = Cursor.decode(cursor, 2);
                beforeTime = Instant.parse(keys.get(0));
                beforeId = UUID.fromString(keys.get(1));
            } catch (RuntimeException notOurs) {
                throw FhirException.invalidParameter("_cursor", "is not a cursor issued by this search");
            }
        }
        List<Assessment> rows = assessments.page(actor.organization(), peerId, null, beforeTime, beforeId,
                observations, limit + 1);
        boolean more = rows.size() > limit;
        List<Assessment> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursor.encode(shown.get(limit - 1).administeredAt.toString(),
                shown.get(limit - 1).id.toString()) : null;
        Map<UUID, Instrument> byId = new HashMap<>();
        List<Resource> resources = new ArrayList<>();
        for (Assessment assessment : shown) {
            Instrument instrument = byId.computeIfAbsent(assessment.instrumentId, instruments::findById);
            resources.add(observations ? AssessmentFhir.totalObservation(assessment, instrument)
                    : AssessmentFhir.questionnaireResponse(assessment, instrument));
        }
        if (!shown.isEmpty()) {
            List<String> refs = shown.stream().map(a -> type + "/" + a.id).toList();
            disclosures.record(actor, grant.consent(), DisclosureChannel.FHIR, refs.size() + " " + type
                    + (refs.size() == 1 ? " resource" : " resources") + " (FHIR)", refs);
            audit.listed(actor, AuditAction.SEARCH, AuditResourceType.ASSESSMENT,
                    shown.stream().map(a -> a.id).toList(), shown.stream().map(a -> a.peerId).toList());
        }
        return FhirBundles.searchset(resources, next, self, base);
    }

    private Assessment disclosed(Actor actor, String id, String type) {
        Assessment assessment = find(actor, id);
        ConsentGrant grant = assessment == null ? null
                : gate.grant(actor, assessment.peerId, AssessmentConsent.SCOPE).orElse(null);
        if (grant == null) {
            audit.denied(actor, AuditAction.READ, AuditResourceType.ASSESSMENT, uuid(id), null);
            throw FhirException.notFound(type, id);
        }
        disclosures.record(actor, grant.consent(), DisclosureChannel.FHIR, "1 " + type + " resource (FHIR)",
                List.of(type + "/" + assessment.id));
        audit.success(actor, AuditAction.READ, AuditResourceType.ASSESSMENT, assessment.id, assessment.peerId);
        return assessment;
    }

    private Assessment find(Actor actor, String id) {
        UUID assessmentId = uuid(id);
        return assessmentId == null ? null
                : assessments.find("organizationId = ?1 and id = ?2", actor.organization(), assessmentId)
                        .firstResult();
    }

    static UUID uuid(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
