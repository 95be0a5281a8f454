package org.peerpath.api.peer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConcludePeer", description = "Why the person's participation ends.")
public record ConcludePeerRequest(
        @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000, example = "Completed the program")
        String reason) {
}
