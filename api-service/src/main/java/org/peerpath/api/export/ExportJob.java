package org.peerpath.api.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A bulk export requested by an EHR client: what it asked for, as of when, and how far it got. */
@Entity
@Table(name = "export_job")
public class ExportJob {

    /** Which kick-off started it. */
    public enum Level {
        SYSTEM, PATIENT, GROUP
    }

    /** Where it stands. */
    public enum Status {
        IN_PROGRESS, COMPLETED, FAILED, CANCELLED
    }

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    /** For a group export: the coach (staff id) whose caseload is the group. */
    @Column(name = "group_id")
    public UUID groupId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> types = new ArrayList<>();

    public Instant since;

    @Column(name = "transaction_time", nullable = false)
    public Instant transactionTime;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "request_url", nullable = false)
    public String requestUrl;

    /** Resources per type, and deletions under "deleted", once counted. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Long> counts = new LinkedHashMap<>();

    public String error;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;
}
