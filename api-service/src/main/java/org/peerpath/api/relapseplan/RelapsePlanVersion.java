package org.peerpath.api.relapseplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved version of a plan; append-only (a trigger refuses changes). */
@Entity
@Immutable
@Table(name = "relapse_prevention_plan_version")
public class RelapsePlanVersion {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "peer_id", nullable = false)
    public UUID peerId;

    @Column(nullable = false)
    public int number;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public PlanContent content;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Column(name = "change_note")
    public String changeNote;

    @Column(name = "written_by", nullable = false)
    public String writtenBy;

    @Column(name = "written_by_staff")
    public UUID writtenByStaff;

    @Column(name = "written_by_name", nullable = false)
    public String writtenByName;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;
}
