package org.peerpath.api.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** Who did what to whose record, when, and whether it was allowed. Append-only (a trigger refuses changes). */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_client")
    public String actorClient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "resource_type", nullable = false)
    public AuditResourceType resourceType;

    @Column(name = "resource_id")
    public UUID resourceId;

    @Column(name = "peer_id")
    public UUID peerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditOutcome outcome;

    @Column(nullable = false)
    public String purpose;
}
