package org.peerpath.api.fhir;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * The elements and vocabulary the features' FHIR mappings share (DESIGN.md section 7): labelled meta, instants and
 * periods in UTC, staff references. Every resource about a peer carries the 42 CFR Part 2 security labels
 * ({@link #meta}). Each feature maps its own records (its {@link DisclosedType}).
 */
public final class FhirMapper {

    public static final String PEER_SYSTEM = "https://peerpath.dev/fhir/sid/peer";
    public static final String STAFF_SYSTEM = "https://peerpath.dev/fhir/sid/staff";
    public static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
    public static final String LOINC = "http://loinc.org";
    public static final String HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    public static final String V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";
    public static final String US_CORE_DOC_CATEGORY =
            "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";
    public static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    public static final String NOTE_TYPE_TEXT = "Peer recovery support session note";

    private FhirMapper() {
    }

    public static Meta meta(Instant lastUpdated, String versionId) {
        Meta meta = new Meta();
        meta.setLastUpdatedElement(instant(lastUpdated));
        if (versionId != null) {
            meta.setVersionId(versionId);
        }
        return SecurityLabels.label(meta);
    }

    public static InstantType instant(Instant instant) {
        return new InstantType(Date.from(instant), TemporalPrecisionEnum.MILLI, TimeZone.getTimeZone(ZoneOffset.UTC));
    }

    public static Period period(Instant start, Instant end) {
        return new Period()
                .setStartElement(new org.hl7.fhir.r4.model.DateTimeType(Date.from(start), TemporalPrecisionEnum.SECOND,
                        TimeZone.getTimeZone(ZoneOffset.UTC)))
                .setEndElement(new org.hl7.fhir.r4.model.DateTimeType(Date.from(end), TemporalPrecisionEnum.SECOND,
                        TimeZone.getTimeZone(ZoneOffset.UTC)));
    }

    /** A staff member: the Practitioner (served where the client may see what they wrote), id and signature. */
    public static Reference staff(java.util.UUID staffId, String name, String credentials) {
        Reference reference = new Reference().setDisplay(signature(name, credentials));
        if (staffId != null) {
            reference.setReference("Practitioner/" + staffId)
                    .setIdentifier(new Identifier().setSystem(STAFF_SYSTEM).setValue(staffId.toString()));
        }
        return reference;
    }

    public static String signature(String name, String credentials) {
        return credentials == null || credentials.isBlank() ? name : name + ", " + credentials;
    }
}
