package org.peerpath.api.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Disclosure", description = "One disclosure of the person's records to an EHR, under a consent "
        + "(accounting of disclosures, 42 CFR 2.24 and 2.25).")
public record DisclosureResponse(
        @Schema(example = "6a0d2f4e-1c3b-4e5a-9f7d-2b8c1e0a4d6f") UUID id,
        @Schema(description = "When the records were disclosed", example = "2026-11-20T15:04:05Z") Instant disclosedAt,
        @Schema(description = "The recipient, as the consent names it", maxLength = 255,
                example = "Riverside Health EHR") String recipientName,
        @Schema(description = "The OIDC client id of the EHR that received them", maxLength = 255,
                example = "peerpath-ehr-demo") String clientId,
        @Schema(example = "FHIR") DisclosureChannel channel,
        @Schema(description = "The consent's purpose", maxLength = 40, example = "TREATMENT") String purpose,
        @Schema(description = "What was disclosed, in words", maxLength = 1000,
                example = "2 DocumentReference resources (FHIR search)") String description,
        @Schema(description = "The disclosed resources (the first 100)", maxItems = 100,
                example = "[\"DocumentReference/3b5c7d9e-2f4a-4b6c-8d0e-1f2a3b4c5d6e\"]") List<@Size(max = 100) String> resources,
        @Schema(description = "The consent it was made under",
                example = "4c2e8a1f-6b3d-4f5e-9a7c-1d0b2e3f4a5b") UUID consentId) {

    static DisclosureResponse of(Disclosure disclosure) {
        return new DisclosureResponse(disclosure.id, disclosure.disclosedAt, disclosure.recipientName,
                disclosure.clientId, disclosure.channel, disclosure.purpose, disclosure.description,
                List.copyOf(disclosure.resourceRefs), disclosure.consentId);
    }
}
