package org.peerpath.api.consent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Consent", description = "A consent to disclose part of a person's record to one recipient.")
public record ConsentResponse(
        @Schema(example = "4c2e8a1f-6b3d-4f5e-9a7c-1d0b2e3f4a5b") UUID id,
        @Schema(example = "0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c15") UUID peerId,
        @Schema(maxLength = 255, nullable = true, example = "peerpath-ehr-demo") String recipientClientId,
        @Schema(maxLength = 255, nullable = true, example = "Riverside Health") String recipientOrganization,
        @Schema(maxLength = 255, example = "Riverside Health EHR") String recipientName,
        @Schema(example = "TREATMENT") ConsentPurpose purpose,
        @Schema(maxItems = 8, example = "[\"NOTES\", \"ENCOUNTERS\"]") List<ConsentScope> scopes,
        @Schema(example = "2026-11-01T00:00:00Z") Instant effectiveFrom,
        @Schema(nullable = true, example = "2027-11-01T00:00:00Z") Instant expiresAt,
        @Schema(description = "Where it stands now", example = "ACTIVE") ConsentStatus status,
        @Schema(nullable = true, example = "2026-11-20T10:00:00Z") Instant revokedAt,
        @Schema(maxLength = 1000, nullable = true, example = "Participant revoked in writing") String revocationReason,
        @Schema(description = "Subject of the staff member who recorded it", maxLength = 255,
                example = "10000000-0000-4000-8000-000000000004") String createdBy,
        @Schema(example = "2026-11-01T09:30:00Z") Instant createdAt) {

    static ConsentResponse of(Consent consent, Instant now) {
        return new ConsentResponse(consent.id, consent.peerId, consent.recipientClientId,
                consent.recipientOrganization, consent.recipientName, consent.purpose(), List.copyOf(consent.scopes),
                consent.effectiveFrom, consent.expiresAt, consent.statusAt(now), consent.revokedAt,
                consent.revocationReason, consent.createdBy, consent.createdAt);
    }
}
