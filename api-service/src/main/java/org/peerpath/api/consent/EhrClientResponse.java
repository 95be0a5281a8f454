package org.peerpath.api.consent;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EhrClient", description = "An EHR client of the agency and the organization it acts for.")
public record EhrClientResponse(
        @Schema(maxLength = 255, example = "peerpath-ehr-demo") String clientId,
        @Schema(maxLength = 255, example = "Riverside Health") String recipientOrganization,
        @Schema(maxLength = 255, example = "Riverside Health EHR") String displayName,
        @Schema(example = "2026-11-01T09:30:00Z") Instant createdAt) {

    static EhrClientResponse of(EhrClient client) {
        return new EhrClientResponse(client.clientId, client.recipientOrganization, client.displayName,
                client.createdAt);
    }
}
