package org.peerpath.api.curriculum;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A curriculum reference a record holds that content-service could not be asked about yet. */
@Entity
@Table(name = "unverified_curriculum_reference")
public class UnverifiedReference {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "owner_type", nullable = false)
    public String ownerType;

    @Column(name = "owner_id", nullable = false)
    public UUID ownerId;

    @Column(nullable = false)
    public String ref;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Set when a later check found that no entry has the reference (it was removed meanwhile). */
    @Column(name = "found_unknown_at")
    public Instant foundUnknownAt;
}
