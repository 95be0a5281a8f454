package org.peerpath.api.session;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Set;
import java.util.TimeZone;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.DocumentReference.DocumentReferenceContextComponent;
import org.hl7.fhir.r4.model.DocumentReference.DocumentRelationshipType;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.consent.ConsentScope;
import org.peerpath.api.fhir.DeclaredType;
import org.peerpath.api.fhir.FhirMapper;
import org.peerpath.api.fhir.SearchParam;
import org.peerpath.api.fhir.SecurityLabels;
import org.peerpath.api.fhir.SourceQuery;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * A signed note or addendum as a FHIR DocumentReference (LOINC 11506-3, the note as a text/plain attachment, the
 * 42 CFR 2.32 notice); a withdrawn one stays, {@code entered-in-error}, a notice in place of its text. Covered by a consent's
 * NOTES scope.
 */
@ApplicationScoped
public class DocumentReferenceType extends DeclaredType<EhrDocument> {

    public static final String WITHDRAWN_NOTICE = "This note was withdrawn as entered in error; its text is not "
            + "disclosed.";


    static final SourceQuery QUERY = SourceQuery.of("ehr_document", "d").orderedBy("d.signed_at", false)
            .recordedAt("d.recorded_at").withdrawnAt("d.withdrawn_at");

    @Inject
    EhrDocumentRepository documents;

    public DocumentReferenceType() {
        super("DocumentReference", "Signed peer support session notes (LOINC 11506-3) and their addenda",
                ConsentScope.NOTES, EhrDocument.class, QUERY, AuditResourceType.SESSION_NOTE,
                d -> d.peerId, d -> d.id, d -> d.signedAt);
    }

    @Override
    public String practitionerColumn() {
        return "d.author_staff_id";
    }

    @Override
    public List<String> supportedProfiles() {
        return List.of("http://hl7.org/fhir/us/core/StructureDefinition/us-core-documentreference");
    }

    @Override
    public List<SearchParam> searchParams() {
        return List.of(SearchParam.patient(QUERY, "The person the note is about", false),
                SearchParam.date("date", "http://hl7.org/fhir/SearchParameter/DocumentReference-date",
                        "When the note was signed (prefixes eq, ge, gt, le, lt)", "d.signed_at"),
                SearchParam.lastUpdated(QUERY));
    }

    @Override
    public AuditResourceType auditType(EhrDocument row) {
        return row.isAddendum() ? AuditResourceType.NOTE_ADDENDUM : AuditResourceType.SESSION_NOTE;
    }

    @Override
    public List<DocumentReference> toFhir(List<EhrDocument> rows) {
        // which notes have an addendum in effect (addenda are never amended themselves), in one query
        Set<UUID> amended = documents.amendedAmong(rows.stream().filter(d -> !d.isAddendum()).map(d -> d.id)
                .toList());
        return rows.stream().map(d -> documentReference(d, amended.contains(d.id))).toList();
    }

    /**
     * A signed note or addendum.
     *
     * @param amended whether signed addenda append to this note
     */
    public static DocumentReference documentReference(EhrDocument document, boolean amended) {
        DocumentReference reference = new DocumentReference();
        reference.setId(document.id.toString());
        reference.setMeta(FhirMapper.meta(document.updatedAt, null));
        reference.setMasterIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986")
                .setValue("urn:uuid:" + document.id));
        boolean withdrawn = document.withdrawnAt != null;
        reference.setStatus(withdrawn ? DocumentReferenceStatus.ENTEREDINERROR : DocumentReferenceStatus.CURRENT);
        reference.setDocStatus(amended ? DocumentReference.ReferredDocumentStatus.AMENDED
                : DocumentReference.ReferredDocumentStatus.FINAL);
        // US Core binds the type to LOINC document codes (required), so only LOINC codes it; an addendum says so in
        // the text and in relatesTo.
        reference.setType(new CodeableConcept()
                .addCoding(new Coding(FhirMapper.LOINC, "11506-3", "Progress note"))
                .setText(document.isAddendum() ? "Addendum to a peer recovery support session note" : FhirMapper.NOTE_TYPE_TEXT));
        reference.addCategory(new CodeableConcept(new Coding(FhirMapper.US_CORE_DOC_CATEGORY, "clinical-note", "Clinical Note")));
        reference.setSubject(new Reference("Patient/" + document.peerId));
        reference.setDateElement(FhirMapper.instant(document.signedAt));
        Reference author = FhirMapper.staff(document.authorStaffId, document.authorName, document.authorCredentials);
        reference.addAuthor(author);
        reference.setAuthenticator(document.cosignerName != null
                ? new Reference().setDisplay(document.cosignerName) : FhirMapper.staff(document.authorStaffId,
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
            context.setPeriod(FhirMapper.period(document.sessionStart, document.sessionEnd));
        }
        return reference;
    }

    private static byte[] sha1(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }
}
