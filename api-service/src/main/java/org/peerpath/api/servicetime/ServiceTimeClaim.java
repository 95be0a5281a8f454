package org.peerpath.api.servicetime;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Time a recorded service holds for one party. The table's {@code during} range is generated from start and end and
 * carries the exclusion constraint; it is not mapped.
 */
@Entity
@Table(name = "service_time_claim")
public class ServiceTimeClaim {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false)
    public Party.Kind partyKind;

    @Column(name = "party_id", nullable = false)
    public UUID partyId;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    public Instant endedAt;

    /** The session that holds the time (a later kind of service adds its own reference beside it). */
    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    public Party party() {
        return new Party(partyKind, partyId);
    }
}
