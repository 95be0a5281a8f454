package org.peerpath.api.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/** A SMART goal a person set, in one life domain. */
@Entity
@Table(name = "goal")
public class Goal {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "peer_id", nullable = false)
    public UUID peerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalDomain domain;

    @Column(nullable = false)
    public String statement;

    public String measure;

    public String achievable;

    public String relevant;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalStatus status;

    @Column(nullable = false)
    public int progress;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Milestone> milestones = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> techniques = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> topics = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
