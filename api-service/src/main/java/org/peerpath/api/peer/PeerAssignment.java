package org.peerpath.api.peer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A coach (staff member) assigned to a peer; a peer may have several. */
@Entity
@Table(name = "peer_assignment")
public class PeerAssignment {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "peer_id", nullable = false)
    public UUID peerId;

    @Column(name = "staff_id", nullable = false)
    public UUID staffId;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;
}
