package org.peerpath.api.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The display text of one point of an answer scale. */
@Schema(name = "ScaleLabel", description = "What an answer value is shown as.")
public record ScaleLabel(
        @NotNull @Min(0) @Max(ScaleLabel.HIGHEST_POINT) @Schema(required = true, example = "1") Integer value,
        @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100, example = "Strongly disagree")
        String label) {

    /** Every instrument's scale lies within 0 to this. */
    public static final int HIGHEST_POINT = 100;
}
