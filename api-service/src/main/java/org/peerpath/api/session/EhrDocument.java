package org.peerpath.api.session;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A signed note or addendum exactly as it was signed: the copy every EHR path discloses. Immutable but for a
 * withdrawal (entered in error), which only marks it.
 */
@Entity
@Table(name = "ehr_document")
public class EhrDocument {

    /** What the document is. */
    public enum Kind {
        NOTE, ADDENDUM
    }

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "peer_id", nullable = false)
    public UUID peerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** The note itself for a note; the note it appends to for an addendum. */
    @Column(name = "note_id", nullable = false)
    public UUID noteId;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "session_start")
    public Instant sessionStart;

    @Column(name = "session_end")
    public Instant sessionEnd;

    public String modality;

    public String setting;

    @Column(name = "service_code")
    public String serviceCode;

    @Column(name = "billing_units")
    public Integer billingUnits;

    @Column(name = "note_format")
    public String noteFormat;

    @Column(nullable = false)
    public String content;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "author_staff_id")
    public UUID authorStaffId;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "author_credentials")
    public String authorCredentials;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;

    @Column(name = "cosigner_name")
    public String cosignerName;

    @Column(name = "cosigned_at")
    public Instant cosignedAt;

    @Column(name = "addendum_reason")
    public String addendumReason;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * The copy of a document signed in {@code session}, with the session's facts; the caller adds what was signed.
     *
     * @param id     the document's id (the note's, or the addendum's)
     * @param noteId the note: the document itself for a note, the note it appends to for an addendum
     */
    public static EhrDocument of(Session session, Kind kind, UUID id, UUID noteId) {
        EhrDocument document = new EhrDocument();
        document.id = id;
        document.organizationId = session.organizationId;
        document.peerId = session.peerId;
        document.kind = kind;
        document.noteId = noteId;
        document.sessionId = session.id;
        document.sessionStart = session.startedAt;
        document.sessionEnd = session.endedAt;
        document.modality = NotePublication.name(session.modality);
        document.setting = NotePublication.name(session.setting);
        document.serviceCode = session.serviceCode;
        return document;
    }

    public boolean isAddendum() {
        return kind == Kind.ADDENDUM;
    }
}
