package org.peerpath.api.assessment;

import java.time.Instant;
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

/** One administration of an instrument to a peer, with its answers and the score the server computed. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "peer_id", nullable = false)
    public UUID peerId;

    @Column(name = "instrument_id", nullable = false)
    public UUID instrumentId;

    @Column(name = "administered_at", nullable = false)
    public Instant administeredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdministrationMode mode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<StoredAnswer> answers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missing_items", nullable = false)
    public List<String> missingItems = new ArrayList<>();

    @Column(nullable = false)
    public boolean complete;

    @Column(name = "total_score")
    public Integer totalScore;

    @Column(name = "meets_cutoff")
    public Boolean meetsCutoff;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_by_staff")
    public UUID recordedByStaff;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
