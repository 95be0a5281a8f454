package org.peerpath.api.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The display text of one point of an answer scale. */
@Schema(name = "ScaleLabel", description = "What an answer value is shown as.")
public record ScaleLabel(
        @NotNull @Schema(required = true, example = "1") Integer value,
        @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100, example = "Strongly disagree")
        String label) {
}
