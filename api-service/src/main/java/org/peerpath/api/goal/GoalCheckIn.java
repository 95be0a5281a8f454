package org.peerpath.api.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A progress check-in on a goal. */
@Entity
@Immutable
@Table(name = "goal_check_in")
public class GoalCheckIn {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "goal_id", nullable = false)
    public UUID goalId;

    @Column(name = "peer_id", nullable = false)
    public UUID peerId;

    @Column(name = "checked_on", nullable = false)
    public LocalDate checkedOn;

    @Column(nullable = false)
    public int progress;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
