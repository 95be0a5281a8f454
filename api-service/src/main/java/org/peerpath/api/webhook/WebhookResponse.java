package org.peerpath.api.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook", description = "A registered webhook endpoint.")
public record WebhookResponse(
        @Schema(example = "5e7f9a1b-3c5d-4e6f-8a0b-2c4d6e8f0a1b") UUID id,
        @Schema(maxLength = 2000, example = "https://ehr.example.org/hooks/peerpath") String url,
        @Schema(maxLength = 255, example = "peerpath-ehr-demo") String clientId,
        @Schema(maxItems = 6, example = "[\"NOTE_SIGNED\"]") List<WebhookEventType> eventTypes,
        @Schema(maxLength = 500, nullable = true, example = "Riverside EHR inbox") String description,
        @Schema(example = "true") boolean active,
        @Schema(description = "Failed attempts in a row for the event at the head of its queue", example = "0")
        int failures,
        @Schema(description = "When the next retry is due, while failing", nullable = true,
                example = "2026-11-20T10:05:00Z") Instant nextAttemptAt,
        @Schema(description = "The signing secret (Standard Webhooks, whsec_…): shown only when created or "
                + "rotated; keep it safe", maxLength = 100, nullable = true,
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        @Schema(description = "Until when the previous secret also signs, after a rotation", nullable = true,
                example = "2026-11-21T10:00:00Z") Instant previousSecretExpiresAt,
        @Schema(example = "2026-11-01T09:30:00Z") Instant createdAt) {

    static WebhookResponse of(WebhookEndpoint endpoint, boolean withSecret) {
        return new WebhookResponse(endpoint.id, endpoint.url, endpoint.clientId, List.copyOf(endpoint.eventTypes),
                endpoint.description, endpoint.active, endpoint.failures, endpoint.nextAttemptAt,
                withSecret ? endpoint.secret : null, endpoint.previousSecretExpiresAt, endpoint.createdAt);
    }
}
