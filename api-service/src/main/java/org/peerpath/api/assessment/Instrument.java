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

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of an assessment instrument: items, answer scale, scoring and cut-off, with its citation and terms.
 * Instruments are data (seeded by migrations); a published version never changes, a change is a new version.
 */
@Entity
@Immutable
@Table(name = "assessment_instrument")
public class Instrument {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String version;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String citation;

    @Column(nullable = false)
    public String terms;

    @Column(name = "canonical_url", nullable = false)
    public String canonicalUrl;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<InstrumentItem> items = new ArrayList<>();

    @Column(name = "scale_min", nullable = false)
    public int scaleMin;

    @Column(name = "scale_max", nullable = false)
    public int scaleMax;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "scale_labels", nullable = false)
    public List<ScaleLabel> scaleLabels = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScoringMethod scoring;

    @Column(name = "total_min", nullable = false)
    public int totalMin;

    @Column(name = "total_max", nullable = false)
    public int totalMax;

    public Integer cutoff;

    @Column(name = "cutoff_meaning")
    public String cutoffMeaning;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InstrumentStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The pure definition the scorer works on. */
    public InstrumentDefinition definition() {
        return new InstrumentDefinition(code, version, items.stream().map(InstrumentItem::linkId).toList(), scaleMin,
                scaleMax, scoring, cutoff);
    }
}
