package org.peerpath.api.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One attempt to deliver one event to one endpoint. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** How an attempt ended. */
    public enum Outcome {
        DELIVERED, FAILED
    }

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(name = "endpoint_id", nullable = false)
    public UUID endpointId;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "peer_id")
    public UUID peerId;

    @Column(nullable = false)
    public int attempt;

    @Column(nullable = false)
    public boolean replay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(name = "status_code")
    public Integer statusCode;

    public String error;

    @Column(nullable = false)
    public String payload;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Column(name = "duration_ms", nullable = false)
    public int durationMs;
}
