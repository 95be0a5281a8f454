package org.peerpath.api.session;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskFlag", description = "A risk noticed in the session and the referral made for it.")
public record RiskFlag(
        @NotNull @Schema(required = true, example = "RECURRENCE_OF_USE") RiskType type,
        @Size(max = 1000) @Schema(maxLength = 1000, nullable = true, description = "The referral made, if any",
                example = "Referred to the clinic's walk-in counsellor") String referral,
        @Size(max = 2000) @Schema(maxLength = 2000, nullable = true, example = "Used once last weekend; safe now")
        String note) {
}
