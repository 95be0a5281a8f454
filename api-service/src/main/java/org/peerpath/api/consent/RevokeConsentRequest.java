package org.peerpath.api.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevokeConsent", description = "The person withdrew their consent; it ends at once.")
public record RevokeConsentRequest(
        @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000,
                example = "Participant revoked in writing on 2026-11-20") String reason) {
}
