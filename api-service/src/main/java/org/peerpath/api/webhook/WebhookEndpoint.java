package org.peerpath.api.webhook;

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

/** Where an EHR client wants events pushed, which ones, the signing secrets and its position in the outbox. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(nullable = false)
    public String url;

    /** The EHR client the events are for: consent is checked for it, as for its own requests. */
    @Column(name = "client_id", nullable = false)
    public String clientId;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_types", nullable = false)
    public List<WebhookEventType> eventTypes = new ArrayList<>();

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public Instant previousSecretExpiresAt;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "cursor_tx", nullable = false)
    public long cursorTx;

    @Column(name = "cursor_seq", nullable = false)
    public long cursorSeq;

    @Column(nullable = false)
    public int failures;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
