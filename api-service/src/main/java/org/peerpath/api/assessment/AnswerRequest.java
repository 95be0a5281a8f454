package org.peerpath.api.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentAnswer", description = "One item's answer: a value on the instrument's scale, or the "
        + "reason there is none (never both, never neither).")
public record AnswerRequest(
        @NotBlank @Size(max = 20) @Schema(required = true, maxLength = 20, example = "1") String linkId,
        @Min(0) @Max(ScaleLabel.HIGHEST_POINT) @Schema(nullable = true, example = "5",
                description = "A point on the instrument's scale") Integer value,
        @Schema(nullable = true, example = "DECLINED") NotAnsweredReason notAnsweredReason) {

    Scoring.Answer toAnswer() {
        return new Scoring.Answer(linkId, value, notAnsweredReason);
    }
}
