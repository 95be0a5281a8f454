package org.peerpath.api.supervision;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A peer specialist (coach) whose work a supervisor of the same agency supervises. */
@Entity
@Table(name = "supervision_assignment")
public class SupervisionAssignment {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "supervisor_staff_id", nullable = false)
    public UUID supervisorStaffId;

    @Column(name = "coach_staff_id", nullable = false)
    public UUID coachStaffId;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Version
    public long version;
}
