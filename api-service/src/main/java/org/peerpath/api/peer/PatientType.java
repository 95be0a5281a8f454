package org.peerpath.api.peer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
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

    /** {@code identifier}: the agency MRN (what an EHR matches people by) or our peer id, with or without system. */
    static final SearchParam IDENTIFIER = new SearchParam("identifier", SearchParamType.TOKEN,
            "http://hl7.org/fhir/SearchParameter/Patient-identifier", "The agency MRN (system "
                    + "https://peerpath.dev/fhir/sid/<agency>/mrn) or the peer id (system " + FhirMapper.PEER_SYSTEM
                    + "), as [system|]value",
            "((:system = '' or :system = '" + FhirMapper.PEER_SYSTEM + "') and cast(p.id as text) = :value) "
                    + "or ((:system = '' or :system = 'https://peerpath.dev/fhir/sid/' || p.organization_id || '/mrn') "
                    + "and p.external_mrn = :value)", false);

    public PatientType() {
        super("Patient", "The people in recovery the agency supports (peers)",
                null, Peer.class, QUERY, AuditResourceType.PEER,
                p -> p.id, p -> p.id, p -> p.createdAt);
    }

    @Override
    public List<String> supportedProfiles() {
        return List.of("http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient");
    }

    @Override
    public List<SearchParam> searchParams() {
        return List.of(SearchParam.id(QUERY), IDENTIFIER, SearchParam.lastUpdated(QUERY));
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
        patient.setGender(switch (peer.gender) {
            case MALE -> Enumerations.AdministrativeGender.MALE;
            case FEMALE -> Enumerations.AdministrativeGender.FEMALE;
            case OTHER -> Enumerations.AdministrativeGender.OTHER;
            case UNKNOWN -> Enumerations.AdministrativeGender.UNKNOWN;
        });
        if (peer.givenName != null || peer.familyName != null) {
            HumanName official = patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(peer.familyName);
            if (peer.givenName != null) {
                official.addGiven(peer.givenName);
            }
        }
        // The name the person goes by is kept whole, never split into parts; US Core (us-core-6) wants each name to
        // have parts or say why not, so the usual name says its parts are unknown.
        patient.addName().setUse(HumanName.NameUse.USUAL).setText(peer.preferredName)
                .addExtension(FhirMapper.DATA_ABSENT_REASON, new CodeType("unknown"));
        if (peer.dateOfBirth != null) {
            patient.setBirthDateElement(new DateType(peer.dateOfBirth.toString()));
        }
        patient.setManagingOrganization(new Reference().setDisplay(peer.organizationId));
        return patient;
    }
}
