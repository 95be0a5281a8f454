package org.peerpath.api.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentAnswerRecorded", description = "One item's recorded answer.")
public record AnswerResponse(
        @Schema(maxLength = 20, example = "1") String linkId,
        @Schema(nullable = true, example = "5") Integer value,
        @Schema(nullable = true, description = "Display text of the value", maxLength = 100, example = "Agree")
        String label,
        @Schema(nullable = true, example = "DECLINED") NotAnsweredReason notAnsweredReason) {
}
