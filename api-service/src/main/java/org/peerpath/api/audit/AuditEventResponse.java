package org.peerpath.api.audit;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "Who did what to whose record, when, and whether it was allowed.")
public record AuditEventResponse(
        UUID id,
        @Schema(example = "2026-11-20T16:10:00Z") Instant occurredAt,
        @Schema(maxLength = 255, description = "OIDC subject of the actor",
                example = "10000000-0000-4000-8000-000000000001") String actorSubject,
        @Schema(maxLength = 255, nullable = true, description = "OIDC client the actor used",
                example = "peerpath-swagger") String actorClient,
        @Schema(example = "READ") AuditAction action,
        @Schema(example = "SESSION_NOTE") AuditResourceType resourceType,
        @Schema(nullable = true) UUID resourceId,
        @Schema(nullable = true, description = "The peer whose record it is") UUID peerId,
        @Schema(example = "SUCCESS") AuditOutcome outcome,
        @Schema(maxLength = 30, example = "TREATMENT") String purpose) {

    public static AuditEventResponse of(AuditEvent event) {
        return new AuditEventResponse(event.id, event.occurredAt, event.actorSubject, event.actorClient, event.action,
                event.resourceType, event.resourceId, event.peerId, event.outcome, event.purpose);
    }
}
