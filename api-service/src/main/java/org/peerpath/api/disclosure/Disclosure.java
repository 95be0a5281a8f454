package org.peerpath.api.disclosure;

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

/** One disclosure of a peer's records to an EHR client under a consent (42 CFR 2.24). Append-only. */
@Entity
@Immutable
@Table(name = "disclosure")
public class Disclosure {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "peer_id", nullable = false)
    public UUID peerId;

    @Column(name = "consent_id", nullable = false)
    public UUID consentId;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "recipient_name", nullable = false)
    public String recipientName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisclosureChannel channel;

    @Column(nullable = false)
    public String purpose;

    @Column(nullable = false)
    public String description;

    /** References of the disclosed resources ({@code DocumentReference/…}), at most {@link Disclosures#MAX_REFS}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "resource_refs", nullable = false)
    public List<String> resourceRefs = new ArrayList<>();

    @Column(name = "disclosed_at", nullable = false)
    public Instant disclosedAt;
}
