package org.peerpath.api.session;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A signed addition to a signed note, with its reason; append-only, numbered in order. */
@Entity
@Immutable
@Table(name = "note_addendum")
public class NoteAddendum {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "note_id", nullable = false)
    public UUID noteId;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(name = "peer_id", nullable = false)
    public UUID peerId;

    @Column(nullable = false)
    public int sequence;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String text;

    @Column(name = "author_staff_id", nullable = false)
    public UUID authorStaffId;

    @Column(name = "signer_name", nullable = false)
    public String signerName;

    @Column(name = "signer_credentials")
    public String signerCredentials;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;
}
