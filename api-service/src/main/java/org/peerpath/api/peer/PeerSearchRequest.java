package org.peerpath.api.peer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PeerSearch", description = "A name search. It travels in a body, never in a URL, since URLs end up "
        + "in logs.")
public record PeerSearchRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, description = "Part of the preferred name",
                example = "jam") String name,
        @Schema(nullable = true, example = "ACTIVE") PeerStatus status,
        @Min(1) @Max(100) @Schema(nullable = true, minimum = "1", maximum = "100", example = "20") Integer limit,
        @Size(max = 1000) @Schema(maxLength = 1000, nullable = true,
                description = "The `nextCursor` of the previous page") String cursor) {
}
