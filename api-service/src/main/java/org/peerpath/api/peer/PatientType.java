package org.peerpath.api.peer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.fhir.DeclaredType;
import org.peerpath.api.fhir.FhirMapper;
import org.peerpath.api.fhir.SearchParam;
import org.peerpath.api.fhir.SourceQuery;

/**
 * A peer as a FHIR Patient: our id plus the agency's MRN as an {@code MR} identifier with its assigner. Any consent
 * naming the client shows the person (their identity goes with every scope), in searches and exports alike.
 */
@ApplicationScoped
public class PatientType extends DeclaredType<Peer> {

    static final SourceQuery QUERY = SourceQuery.of("peer", "p").withPeerColumn("p.id");

    public PatientType() {
        super("Patient", "The people in recovery the agency supports (peers)",
                null, Peer.class, QUERY, AuditResourceType.PEER,
                p -> p.id, p -> p.id, p -> p.createdAt);
    }

    @Override
    public List<SearchParam> searchParams() {
        return List.of(SearchParam.id(QUERY), SearchParam.lastUpdated(QUERY));
    }

    @Override
    public List<Patient> toFhir(List<Peer> rows) {
        return rows.stream().map(PatientType::patient).toList();
    }

    /** The agency's MRN system: the EHR's record numbers, scoped to the agency. */
    public static String mrnSystem(String organization) {
        return "https://peerpath.dev/fhir/sid/" + organization + "/mrn";
    }

    public static Patient patient(Peer peer) {
        Patient patient = new Patient();
        patient.setId(peer.id.toString());
        patient.setMeta(FhirMapper.meta(peer.updatedAt, Long.toString(peer.version)));
        patient.addIdentifier().setUse(Identifier.IdentifierUse.SECONDARY).setSystem(FhirMapper.PEER_SYSTEM)
                .setValue(peer.id.toString());
        if (peer.externalMrn != null) {
            patient.addIdentifier().setUse(Identifier.IdentifierUse.USUAL)
                    .setType(new CodeableConcept(new Coding(FhirMapper.V2_0203, "MR", "Medical record number"))
                            .setText("Medical record number"))
                    .setSystem(mrnSystem(peer.organizationId))
                    .setValue(peer.externalMrn)
                    .setAssigner(new Reference().setDisplay(peer.organizationId));
        }
        patient.setActive(peer.status != PeerStatus.CONCLUDED);
        patient.addName().setUse(org.hl7.fhir.r4.model.HumanName.NameUse.USUAL).setText(peer.preferredName);
        if (peer.dateOfBirth != null) {
            patient.setBirthDateElement(new DateType(peer.dateOfBirth.toString()));
        }
        patient.setManagingOrganization(new Reference().setDisplay(peer.organizationId));
        return patient;
    }
}
