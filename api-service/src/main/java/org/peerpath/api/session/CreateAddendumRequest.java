package org.peerpath.api.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateAddendum", description = "An addition to a signed note; signed by its author when added.")
public record CreateAddendumRequest(
        @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000,
                example = "Late entry: referral phone number") String reason,
        @NotBlank @Size(max = 10000) @Schema(required = true, maxLength = 10000, example = "Referral line: 555-0100")
        String text) {
}
