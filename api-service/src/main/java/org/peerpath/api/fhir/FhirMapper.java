package org.peerpath.api.fhir;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.DocumentReference.DocumentReferenceContextComponent;
import org.hl7.fhir.r4.model.DocumentReference.DocumentRelationshipType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.peerpath.api.peer.Peer;
import org.peerpath.api.peer.PeerStatus;
import org.peerpath.api.sync.EhrDocument;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * Our records as FHIR R4 resources, shaped after US Core (DESIGN.md section 7). Every resource about a peer carries
 * the 42 CFR Part 2 security labels.
 */
public final class FhirMapper {

    public static final String PEER_SYSTEM = "https://peerpath.dev/fhir/sid/peer";
    public static final String STAFF_SYSTEM = "https://peerpath.dev/fhir/sid/staff";
    public static final String WITHDRAWN_NOTICE = "This note was withdrawn as entered in error; its text is not "
            + "disclosed.";
    public static final String LOINC = "http://loinc.org";
    public static final String HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    public static final String V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";
    public static final String US_CORE_DOC_CATEGORY =
            "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";
    public static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    public static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
    public static final String NOTE_TYPE_TEXT = "Peer recovery support session note";

    private FhirMapper() {
    }

    /** The agency's MRN system: the EHR's record numbers, scoped to the agency. */
    public static String mrnSystem(String organization) {
        return "https://peerpath.dev/fhir/sid/" + organization + "/mrn";
    }

    public static Patient patient(Peer peer) {
        Patient patient = new Patient();
        patient.setId(peer.id.toString());
        patient.setMeta(meta(peer.updatedAt, Long.toString(peer.version)));
        patient.addIdentifier().setUse(Identifier.IdentifierUse.SECONDARY).setSystem(PEER_SYSTEM)
                .setValue(peer.id.toString());
        if (peer.externalMrn != null) {
            patient.addIdentifier().setUse(Identifier.IdentifierUse.USUAL)
                    .setType(new CodeableConcept(new Coding(V2_0203, "MR", "Medical record number"))
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
                .addExtension(DATA_ABSENT_REASON, new CodeType("unknown"));
        if (peer.dateOfBirth != null) {
            patient.setBirthDateElement(new DateType(peer.dateOfBirth.toString()));
        }
        patient.setManagingOrganization(new Reference().setDisplay(peer.organizationId));
        return patient;
    }

    /**
     * A signed note or addendum.
     *
     * @param amended whether signed addenda append to this note
     */
    public static DocumentReference documentReference(EhrDocument document, boolean amended) {
        DocumentReference reference = new DocumentReference();
        reference.setId(document.id.toString());
        reference.setMeta(meta(document.updatedAt, null));
        reference.setMasterIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986")
                .setValue("urn:uuid:" + document.id));
        boolean withdrawn = document.withdrawnAt != null;
        reference.setStatus(withdrawn ? DocumentReferenceStatus.ENTEREDINERROR : DocumentReferenceStatus.CURRENT);
        reference.setDocStatus(amended ? DocumentReference.ReferredDocumentStatus.AMENDED
                : DocumentReference.ReferredDocumentStatus.FINAL);
        // US Core binds the type to LOINC document codes (required), so only LOINC codes it; an addendum says so in
        // the text and in relatesTo.
        reference.setType(new CodeableConcept()
                .addCoding(new Coding(LOINC, "11506-3", "Progress note"))
                .setText(document.isAddendum() ? "Addendum to a peer recovery support session note" : NOTE_TYPE_TEXT));
        reference.addCategory(new CodeableConcept(new Coding(US_CORE_DOC_CATEGORY, "clinical-note", "Clinical Note")));
        reference.setSubject(new Reference("Patient/" + document.peerId));
        reference.setDateElement(instant(document.signedAt));
        Reference author = staff(document.authorStaffId, document.authorName, document.authorCredentials);
        reference.addAuthor(author);
        reference.setAuthenticator(document.cosignerName != null
                ? new Reference().setDisplay(document.cosignerName) : staff(document.authorStaffId,
                        document.authorName, document.authorCredentials));
        reference.setCustodian(new Reference().setDisplay(document.organizationId));
        if (document.isAddendum()) {
            reference.addRelatesTo().setCode(DocumentRelationshipType.APPENDS)
                    .setTarget(new Reference("DocumentReference/" + document.noteId));
        }
        reference.setDescription(SecurityLabels.PART2_NOTICE);
        SecurityLabels.part2().forEach(label -> reference.addSecurityLabel(new CodeableConcept(label)));
        Attachment attachment = new Attachment()
                .setContentType("text/plain; charset=utf-8")
                .setLanguage("en")
                .setTitle(document.isAddendum() ? "Addendum" : "Session note")
                .setCreationElement(new org.hl7.fhir.r4.model.DateTimeType(Date.from(document.signedAt),
                        TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone(ZoneOffset.UTC)));
        // A withdrawn note's text is no longer disclosed; US Core wants data or a url, so the attachment is the
        // notice of withdrawal instead.
        byte[] bytes = (withdrawn ? WITHDRAWN_NOTICE : document.content).getBytes(StandardCharsets.UTF_8);
        attachment.setData(bytes).setSize(bytes.length).setHash(sha1(bytes));
        reference.addContent().setAttachment(attachment);
        DocumentReferenceContextComponent context = reference.getContext();
        if (document.sessionId != null) {
            context.addEncounter(new Reference("Encounter/" + document.sessionId));
        }
        if (document.sessionStart != null && document.sessionEnd != null) {
            context.setPeriod(period(document.sessionStart, document.sessionEnd));
        }
        return reference;
    }

    /** The session a signed note documents. */
    public static Encounter encounter(EhrDocument note) {
        Encounter encounter = new Encounter();
        encounter.setId(note.sessionId.toString());
        encounter.setMeta(meta(note.updatedAt, null));
        encounter.addIdentifier().setSystem("https://peerpath.dev/fhir/sid/session").setValue(note.sessionId.toString());
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        boolean inPerson = note.modality == null || "IN_PERSON".equals(note.modality);
        encounter.setClass_(inPerson ? new Coding(SecurityLabels.ACT_CODE, "AMB", "ambulatory")
                : new Coding(SecurityLabels.ACT_CODE, "VR", "virtual"));
        String code = note.serviceCode == null ? "H0038" : note.serviceCode;
        encounter.addType(new CodeableConcept(new Coding(HCPCS, code, "H0038".equals(code)
                ? "Self-help/peer services, per 15 minutes" : null))
                .setText("Peer recovery support session" + (note.modality == null ? ""
                        : " (" + note.modality.toLowerCase().replace('_', ' ') + ")")));
        encounter.setSubject(new Reference("Patient/" + note.peerId));
        encounter.addParticipant()
                .addType(new CodeableConcept(new Coding(PARTICIPATION_TYPE, "PPRF", "primary performer")))
                .setIndividual(new Reference().setDisplay(signature(note.authorName, note.authorCredentials)));
        if (note.sessionStart != null && note.sessionEnd != null) {
            encounter.setPeriod(period(note.sessionStart, note.sessionEnd));
            long minutes = Duration.between(note.sessionStart, note.sessionEnd).toMinutes();
            encounter.setLength((org.hl7.fhir.r4.model.Duration) new org.hl7.fhir.r4.model.Duration()
                    .setValue(minutes).setUnit("min").setSystem("http://unitsofmeasure.org").setCode("min"));
        }
        encounter.setServiceProvider(new Reference().setDisplay(note.organizationId));
        return encounter;
    }

    public static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    /** A recovery goal the person set: expressed by them, SMART fields as description and target. */
    public static org.hl7.fhir.r4.model.Goal goal(org.peerpath.api.goal.Goal source) {
        org.hl7.fhir.r4.model.Goal goal = new org.hl7.fhir.r4.model.Goal();
        goal.setId(source.id.toString());
        goal.setMeta(meta(source.updatedAt, Long.toString(source.version)));
        goal.addIdentifier().setSystem("https://peerpath.dev/fhir/sid/goal").setValue(source.id.toString());
        org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus lifecycle = switch (source.status) {
            case PROPOSED -> org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.PROPOSED;
            case ACTIVE -> org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.ACTIVE;
            case ON_HOLD -> org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.ONHOLD;
            case ACHIEVED, NOT_ACHIEVED -> org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.COMPLETED;
            case CANCELLED -> org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.CANCELLED;
        };
        goal.setLifecycleStatus(lifecycle);
        String achievement = switch (source.status) {
            case ACTIVE -> "in-progress";
            case ON_HOLD -> "no-progress";
            case ACHIEVED -> "achieved";
            case NOT_ACHIEVED -> "not-achieved";
            default -> null;
        };
        if (achievement != null) {
            goal.setAchievementStatus(new CodeableConcept(new Coding(GOAL_ACHIEVEMENT, achievement,
                    achievementDisplay(achievement))));
        }
        goal.addCategory().setText(source.domain.name().charAt(0)
                + source.domain.name().substring(1).toLowerCase().replace('_', ' '));
        goal.setDescription(new CodeableConcept().setText(source.statement));
        goal.setSubject(new Reference("Patient/" + source.peerId));
        goal.setExpressedBy(new Reference("Patient/" + source.peerId));
        goal.setStart(new DateType(source.createdAt.atZone(ZoneOffset.UTC).toLocalDate().toString()));
        if (source.targetDate != null) {
            org.hl7.fhir.r4.model.Goal.GoalTargetComponent target = goal.addTarget()
                    .setDue(new DateType(source.targetDate.toString()));
            if (source.measure != null && !source.measure.isBlank()) {
                target.setMeasure(new CodeableConcept().setText(source.measure));
                target.setDetail(new org.hl7.fhir.r4.model.StringType(source.measure));
            }
        }
        if (source.achievable != null && !source.achievable.isBlank()) {
            goal.addNote().setText("Achievable: " + source.achievable);
        }
        if (source.relevant != null && !source.relevant.isBlank()) {
            goal.addNote().setText("Relevant: " + source.relevant);
        }
        if (source.progress > 0) {
            goal.addNote().setText("Progress: " + source.progress + "%");
        }
        return goal;
    }

    private static String achievementDisplay(String code) {
        return switch (code) {
            case "in-progress" -> "In Progress";
            case "no-progress" -> "No Progress";
            case "achieved" -> "Achieved";
            default -> "Not Achieved";
        };
    }

    private static Meta meta(Instant lastUpdated, String versionId) {
        Meta meta = new Meta();
        meta.setLastUpdatedElement(instant(lastUpdated));
        if (versionId != null) {
            meta.setVersionId(versionId);
        }
        return SecurityLabels.label(meta);
    }

    static InstantType instant(Instant instant) {
        return new InstantType(Date.from(instant), TemporalPrecisionEnum.MILLI, TimeZone.getTimeZone(ZoneOffset.UTC));
    }

    private static Period period(Instant start, Instant end) {
        return new Period()
                .setStartElement(new org.hl7.fhir.r4.model.DateTimeType(Date.from(start), TemporalPrecisionEnum.SECOND,
                        TimeZone.getTimeZone(ZoneOffset.UTC)))
                .setEndElement(new org.hl7.fhir.r4.model.DateTimeType(Date.from(end), TemporalPrecisionEnum.SECOND,
                        TimeZone.getTimeZone(ZoneOffset.UTC)));
    }

    private static Reference staff(java.util.UUID staffId, String name, String credentials) {
        Reference reference = new Reference().setDisplay(signature(name, credentials));
        if (staffId != null) {
            reference.setIdentifier(new Identifier().setSystem(STAFF_SYSTEM).setValue(staffId.toString()));
        }
        return reference;
    }

    private static String signature(String name, String credentials) {
        return credentials == null || credentials.isBlank() ? name : name + ", " + credentials;
    }

    private static byte[] sha1(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }
}
