package org.peerpath.api.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An agency's choices for one instrument version: whether it is used there, and its own scale labels. */
@Entity
@Table(name = "agency_instrument_setting")
public class AgencyInstrumentSetting {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "instrument_id", nullable = false)
    public UUID instrumentId;

    @Column(nullable = false)
    public boolean enabled;

    /** The agency's display labels; null keeps the instrument's own. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "scale_labels")
    public List<ScaleLabel> scaleLabels;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
