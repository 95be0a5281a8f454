package org.peerpath.api.practitioner;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.peerpath.api.agency.AgencySettings;
import org.peerpath.api.staff.Npi;
import org.peerpath.api.staff.Staff;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * Staff who author notes, plans and assessments (or coach) as FHIR: a Practitioner (US Core: an identifier, the NPI
 * where the agency records one and always the local staff id; a name with a family part, which we do not keep, so the
 * part says it is unknown) and a PractitionerRole (NUCC 175T00000X Peer Specialist, reachable through the agency's
 * contact, which US Core's pd-1 needs). Both have the staff member's id.
 */
public final class PractitionerFhir {

    public static final String STAFF_SYSTEM = "https://peerpath.dev/fhir/sid/staff";
    public static final String NUCC = "http://nucc.org/provider-taxonomy";
    public static final String PEER_SPECIALIST = "175T00000X";
    public static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

    private PractitionerFhir() {
    }

    public static Practitioner practitioner(Staff staff) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId(staff.id.toString());
        practitioner.setMeta(meta(Long.toString(staff.version), staff.updatedAt));
        if (staff.npi != null) {
            practitioner.addIdentifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(Npi.SYSTEM)
                    .setValue(staff.npi);
        }
        practitioner.addIdentifier().setUse(Identifier.IdentifierUse.SECONDARY).setSystem(STAFF_SYSTEM)
                .setValue(staff.id.toString());
        practitioner.setActive(staff.active);
        // the display name is kept whole, never split; US Core wants a family part, so it says why it is missing
        StringType family = new StringType();
        family.addExtension(DATA_ABSENT_REASON, new CodeType("unknown"));
        practitioner.addName().setText(staff.displayName).setFamilyElement(family);
        if (staff.credentials != null) {
            practitioner.addQualification().setCode(new CodeableConcept().setText(staff.credentials));
        }
        return practitioner;
    }

    /** The staff member's role at the agency; null when the agency recorded no contact (pd-1 could not hold). */
    public static PractitionerRole role(Staff staff, AgencySettings agency) {
        if (agency.contactPhone == null && agency.contactEmail == null) {
            return null;
        }
        PractitionerRole role = new PractitionerRole();
        role.setId(staff.id.toString());
        // the role changes with the staff member and with the agency's contact: its version says both
        role.setMeta(meta(staff.version + "." + agency.version,
                agency.updatedAt != null && agency.updatedAt.isAfter(staff.updatedAt) ? agency.updatedAt
                        : staff.updatedAt));
        role.addIdentifier().setSystem(STAFF_SYSTEM).setValue(staff.id.toString());
        role.setActive(staff.active);
        role.setPractitioner(new Reference("Practitioner/" + staff.id).setDisplay(staff.displayName));
        role.setOrganization(new Reference().setDisplay(staff.organizationId));
        role.addCode(new CodeableConcept(new Coding(NUCC, PEER_SPECIALIST, "Peer Specialist"))
                .setText("Peer recovery specialist"));
        if (agency.contactPhone != null) {
            role.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setUse(ContactPoint.ContactPointUse.WORK)
                    .setValue(agency.contactPhone);
        }
        if (agency.contactEmail != null) {
            role.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setUse(ContactPoint.ContactPointUse.WORK)
                    .setValue(agency.contactEmail);
        }
        return role;
    }

    private static Meta meta(String versionId, Instant lastUpdated) {
        return new Meta().setVersionId(versionId).setLastUpdatedElement(new InstantType(Date.from(lastUpdated),
                TemporalPrecisionEnum.MILLI, TimeZone.getTimeZone(ZoneOffset.UTC)));
    }
}
