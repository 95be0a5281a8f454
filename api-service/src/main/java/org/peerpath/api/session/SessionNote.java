package org.peerpath.api.session;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The note of a session: a draft until its author signs it, then frozen (a database trigger refuses changes) but for
 * one co-signature and one withdrawal as entered in error.
 */
@Entity
@Table(name = "session_note")
public class SessionNote {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "peer_id", nullable = false)
    public UUID peerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoteFormat format;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public NoteSections sections;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoteStatus status;

    @Column(name = "author_staff_id", nullable = false)
    public UUID authorStaffId;

    @Column(name = "signed_by_staff_id")
    public UUID signedByStaffId;

    @Column(name = "signer_name")
    public String signerName;

    @Column(name = "signer_credentials")
    public String signerCredentials;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "cosigned_by_staff_id")
    public UUID cosignedByStaffId;

    @Column(name = "cosigner_name")
    public String cosignerName;

    @Column(name = "cosigner_credentials")
    public String cosignerCredentials;

    @Column(name = "cosigned_at")
    public Instant cosignedAt;

    /** Set once when a supervisor withdraws the signed note as entered in error; the note itself stays. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by_staff_id")
    public UUID withdrawnByStaffId;

    @Column(name = "withdrawer_name")
    public String withdrawerName;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
