package org.peerpath.api.common.idempotency;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored answer to a POST sent with an {@code Idempotency-Key}, per caller. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(nullable = false)
    public String subject;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(name = "response_body")
    public String responseBody;

    public String etag;

    public String location;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
