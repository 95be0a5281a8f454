package org.peerpath.api.session;

import java.time.Instant;
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

    /**
     * A note or addendum was signed: {@code document} is its disclosed copy, as {@link NotePublication} builds it.
     * Publishing the same document twice changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EhrDocument signed(EhrDocument document) {
        EhrDocument existing = documents.findById(document.id);
        if (existing != null) {
            return existing;
        }
        Instant now = Now.instant();
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
}
