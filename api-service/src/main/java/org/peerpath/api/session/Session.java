package org.peerpath.api.session;

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

/** A coaching session with a peer; minutes and billing units are derived by the service, never sent. */
@Entity
@Table(name = "session")
public class Session {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "peer_id", nullable = false)
    public UUID peerId;

    @Column(name = "coach_staff_id", nullable = false)
    public UUID coachStaffId;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    public Instant endedAt;

    @Column(name = "service_date", nullable = false)
    public LocalDate serviceDate;

    @Column(nullable = false)
    public int minutes;

    @Column(name = "billing_units", nullable = false)
    public int billingUnits;

    @Column(name = "service_code", nullable = false)
    public String serviceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Modality modality;

    @Enumerated(EnumType.STRING)
    public SessionSetting setting;

    @Column(name = "group_session", nullable = false)
    public boolean groupSession;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ProcessStage> stages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "support_types", nullable = false)
    public List<SupportType> supportTypes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> topics = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> techniques = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "goal_ids", nullable = false)
    public List<UUID> goalIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "risk_flags", nullable = false)
    public List<RiskFlag> riskFlags = new ArrayList<>();

    @Column(name = "next_steps")
    public String nextSteps;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
