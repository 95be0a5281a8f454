package org.peerpath.api.consent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateConsent", description = "A person's written consent to disclose part of their record to one "
        + "recipient: an EHR client (by its OIDC client id) or an organization (covering the EHR clients registered "
        + "as acting for it). At least one of `recipientClientId` and `recipientOrganization` is required.")
public record CreateConsentRequest(
        @NotNull @Schema(required = true, example = "0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c15") UUID peerId,
        @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9._:/-]+")
        @Schema(maxLength = 255, pattern = "^[A-Za-z0-9._:/-]+$", nullable = true,
                description = "The recipient EHR's OIDC client id (the `azp` of its tokens)",
                example = "peerpath-ehr-demo") String recipientClientId,
        @Size(max = 255) @Schema(maxLength = 255, nullable = true,
                description = "The recipient organization, when the consent names an organization",
                example = "Riverside Health") String recipientOrganization,
        @NotBlank @Size(max = 255) @Schema(required = true, maxLength = 255,
                description = "The recipient as the consent form names it", example = "Riverside Health EHR")
        String recipientName,
        @NotNull @Schema(required = true, example = "TREATMENT") ConsentPurpose purpose,
        @NotEmpty @Size(max = 8) @Schema(required = true, minItems = 1, maxItems = 8,
                description = "What the consent covers", example = "[\"NOTES\", \"ENCOUNTERS\"]")
        List<@NotNull ConsentScope> scopes,
        @Schema(nullable = true, description = "When it takes effect; now when absent",
                example = "2026-11-01T00:00:00Z") Instant effectiveFrom,
        @Schema(nullable = true, description = "When it ends by itself; never when absent (until revoked)",
                example = "2027-11-01T00:00:00Z") Instant expiresAt) {
}
