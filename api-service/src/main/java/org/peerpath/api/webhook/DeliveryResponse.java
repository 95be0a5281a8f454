package org.peerpath.api.webhook;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One attempt to deliver one event.")
public record DeliveryResponse(
        @Schema(example = "8a0b2c4d-6e8f-4a1b-9c3d-5e7f9a1b3c5d") UUID id,
        @Schema(description = "The event's stable id (webhook-id header), the same on every attempt",
                maxLength = 100, example = "evt_74211_518") String eventId,
        @Schema(maxLength = 40, example = "note.signed") String eventType,
        @Schema(example = "1") int attempt,
        @Schema(description = "Whether this was a replay on request", example = "false") boolean replay,
        @Schema(example = "DELIVERED") WebhookDelivery.Outcome outcome,
        @Schema(nullable = true, example = "200") Integer statusCode,
        @Schema(maxLength = 500, nullable = true, example = "The receiver answered 503") String error,
        @Schema(example = "2026-11-20T10:00:02Z") Instant attemptedAt,
        @Schema(example = "84") int durationMs) {

    static DeliveryResponse of(WebhookDelivery delivery) {
        return new DeliveryResponse(delivery.id, delivery.eventId, delivery.eventType, delivery.attempt,
                delivery.replay, delivery.outcome, delivery.statusCode, delivery.error, delivery.attemptedAt,
                delivery.durationMs);
    }
}
