package org.peerpath.api.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.changelog.EhrChangeKind;
import org.peerpath.api.changelog.EhrChanges;
import org.peerpath.api.common.time.Now;

import io.quarkus.arc.Unremovable;

/**
 * The extension point through which the records code tells the EHR side what an EHR may now receive. Call it inside
 * the transaction that signs a note, signs an addendum, or withdraws a document as entered in error: the disclosure
 * copy and the change-feed row (which is also the webhook outbox) commit with the change, or not at all.
 */
@ApplicationScoped
@Unremovable
public class EhrPublisher {

    @Inject
    EhrDocumentRepository documents;

    @Inject
    EhrChanges changes;

    /** A note or addendum was signed. Publishing the same document twice changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EhrDocument signed(SignedDocument signed) {
        EhrDocument existing = documents.findById(signed.id());
        if (existing != null) {
            return existing;
        }
        Instant now = Now.instant();
        EhrDocument document = new EhrDocument();
        document.id = signed.id();
        document.organizationId = signed.organization();
        document.peerId = signed.peerId();
        document.kind = signed.kind();
        document.noteId = signed.noteId() == null ? signed.id() : signed.noteId();
        document.sessionId = signed.sessionId();
        document.sessionStart = signed.sessionStart();
        document.sessionEnd = signed.sessionEnd();
        document.modality = signed.modality();
        document.setting = signed.setting();
        document.serviceCode = signed.serviceCode();
        document.billingUnits = signed.billingUnits();
        document.noteFormat = signed.noteFormat();
        document.content = signed.content();
        document.contentHash = signed.contentHash() == null ? sha256(signed.content()) : signed.contentHash();
        document.authorStaffId = signed.authorStaffId();
        document.authorName = signed.authorName();
        document.authorCredentials = signed.authorCredentials();
        document.signedAt = signed.signedAt();
        document.cosignerName = signed.cosignerName();
        document.cosignedAt = signed.cosignedAt();
        document.addendumReason = signed.addendumReason();
        document.recordedAt = now;
        document.updatedAt = now;
        documents.persist(document);
        documents.flush();
        EhrChangeKind kind = document.isAddendum() ? EhrChangeKind.NOTE_AMENDED : EhrChangeKind.NOTE_SIGNED;
        changes.append(document.organizationId, document.peerId, kind, document.id, null);
        return document;
    }

    /** A supervisor co-signed a published note: the copy records it (the signed text does not change). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cosigned(String organization, UUID noteId, String cosignerName, Instant cosignedAt) {
        documents.findInOrganization(organization, noteId).ifPresent(document -> {
            document.cosignerName = cosignerName;
            document.cosignedAt = cosignedAt;
            document.updatedAt = Now.instant();
        });
    }

    /**
     * A published document was withdrawn as entered in error: EHRs get a tombstone and FHIR shows it as
     * {@code entered-in-error}; the text is no longer disclosed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(String organization, UUID documentId, String reason) {
        documents.findInOrganization(organization, documentId).ifPresent(document -> {
            if (document.withdrawnAt != null) {
                return;
            }
            Instant now = Now.instant();
            document.withdrawnAt = now;
            document.withdrawalReason = reason;
            document.updatedAt = now;
            documents.flush();
            changes.append(organization, document.peerId, EhrChangeKind.DOCUMENT_WITHDRAWN, document.id, null);
        });
    }

    /** Hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
