package org.peerpath.api.session;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Reference;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.consent.ConsentScope;
import org.peerpath.api.fhir.DeclaredType;
import org.peerpath.api.fhir.FhirMapper;
import org.peerpath.api.fhir.SearchParam;
import org.peerpath.api.fhir.SecurityLabels;
import org.peerpath.api.fhir.SourceQuery;

/**
 * The session a signed note documents, as a FHIR Encounter (HCPCS H0038, ambulatory or virtual, the coach as primary
 * performer). Only sessions with a signed note exist for an EHR; covered by a consent's ENCOUNTERS scope.
 */
@ApplicationScoped
public class EncounterType extends DeclaredType<EhrDocument> {

    static final SourceQuery QUERY = SourceQuery.of("ehr_document", "d").withIdColumn("d.session_id")
            .orderedBy("d.session_start", false).recordedAt("d.recorded_at")
            .where("d.kind = 'NOTE' and d.session_id is not null and d.session_start is not null")
            .exportedWhen("d.withdrawn_at is null");

    public EncounterType() {
        super("Encounter", "Peer recovery support sessions (HCPCS H0038) with a signed note",
                ConsentScope.ENCOUNTERS, EhrDocument.class, QUERY, AuditResourceType.SESSION,
                d -> d.peerId, d -> d.sessionId, d -> d.sessionStart);
    }

    @Override
    public String practitionerColumn() {
        return "d.author_staff_id";
    }

    @Override
    public List<String> supportedProfiles() {
        return List.of("http://hl7.org/fhir/us/core/StructureDefinition/us-core-encounter");
    }

    @Override
    public List<SearchParam> searchParams() {
        return List.of(SearchParam.patient(QUERY, "The person the session was with", false),
                SearchParam.date("date", "http://hl7.org/fhir/SearchParameter/clinical-date",
                        "When the session started (prefixes eq, ge, gt, le, lt)", "d.session_start"),
                SearchParam.lastUpdated(QUERY));
    }

    @Override
    public UUID keyOf(EhrDocument row) {
        return row.id;
    }

    @Override
    public List<Encounter> toFhir(List<EhrDocument> rows) {
        return rows.stream().map(EncounterType::encounter).toList();
    }

    /** The session a signed note documents. */
    public static Encounter encounter(EhrDocument note) {
        Encounter encounter = new Encounter();
        encounter.setId(note.sessionId.toString());
        encounter.setMeta(FhirMapper.meta(note.updatedAt, null));
        encounter.addIdentifier().setSystem("https://peerpath.dev/fhir/sid/session")
                .setValue(note.sessionId.toString());
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        boolean inPerson = note.modality == null || "IN_PERSON".equals(note.modality);
        encounter.setClass_(inPerson ? new Coding(SecurityLabels.ACT_CODE, "AMB", "ambulatory")
                : new Coding(SecurityLabels.ACT_CODE, "VR", "virtual"));
        String code = note.serviceCode == null ? "H0038" : note.serviceCode;
        encounter.addType(new CodeableConcept(new Coding(FhirMapper.HCPCS, code, "H0038".equals(code)
                ? "Self-help/peer services, per 15 minutes" : null))
                .setText("Peer recovery support session" + (note.modality == null ? ""
                        : " (" + note.modality.toLowerCase().replace('_', ' ') + ")")));
        encounter.setSubject(new Reference("Patient/" + note.peerId));
        encounter.addParticipant()
                .addType(new CodeableConcept(new Coding(FhirMapper.PARTICIPATION_TYPE, "PPRF", "primary performer")))
                .setIndividual(FhirMapper.staff(note.authorStaffId, note.authorName, note.authorCredentials));
        if (note.sessionStart != null && note.sessionEnd != null) {
            encounter.setPeriod(FhirMapper.period(note.sessionStart, note.sessionEnd));
            long minutes = Duration.between(note.sessionStart, note.sessionEnd).toMinutes();
            encounter.setLength((org.hl7.fhir.r4.model.Duration) new org.hl7.fhir.r4.model.Duration()
                    .setValue(minutes).setUnit("min").setSystem("http://unitsofmeasure.org").setCode("min"));
        }
        encounter.setServiceProvider(new Reference().setDisplay(note.organizationId));
        return encounter;
    }
}
