package org.peerpath.api.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's consent to disclose part of their record to one recipient (an EHR client or an organization). */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "peer_id", nullable = false)
    public UUID peerId;

    /** The OIDC client id ({@code azp}) of the recipient EHR, when the consent names one client. */
    @Column(name = "recipient_client_id")
    public String recipientClientId;

    /** The recipient organization, when the consent names an organization: it covers that organization's clients. */
    @Column(name = "recipient_organization")
    public String recipientOrganization;

    @Column(name = "recipient_name", nullable = false)
    public String recipientName;

    @Column(nullable = false)
    public String purpose;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ConsentScope> scopes = new ArrayList<>();

    @Column(name = "effective_from", nullable = false)
    public Instant effectiveFrom;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revocation_reason")
    public String revocationReason;

    /** When the EHR side was told the consent took effect; null until it has. */
    @Column(name = "announced_at")
    public Instant announcedAt;

    /** When the EHR side was told the consent expired; null until it has (or for one that never expires). */
    @Column(name = "expiry_announced_at")
    public Instant expiryAnnouncedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public ConsentPurpose purpose() {
        return ConsentPurpose.valueOf(purpose);
    }

    public ConsentStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return ConsentStatus.REVOKED;
        }
        if (effectiveFrom.isAfter(now)) {
            return ConsentStatus.PENDING;
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return ConsentStatus.EXPIRED;
        }
        return ConsentStatus.ACTIVE;
    }
}
