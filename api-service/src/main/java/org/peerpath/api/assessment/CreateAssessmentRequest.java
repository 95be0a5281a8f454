package org.peerpath.api.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateAssessment", description = "The answers to one administration of an instrument. List every "
        + "item: with a value, or with the reason it was not answered. The server scores it.")
public record CreateAssessmentRequest(
        @NotNull @Schema(required = true, example = "b10c0000-0000-4000-8000-000000000001") UUID instrumentId,
        @PastOrPresent @Schema(nullable = true, description = "When it was answered; now when absent",
                example = "2026-11-20T15:00:00Z") Instant administeredAt,
        @Schema(nullable = true, description = "Who answered. A participant's own submission is always "
                + "SELF_REPORTED; a coach's defaults to COACH_ADMINISTERED.", example = "COACH_ADMINISTERED")
        AdministrationMode mode,
        @NotNull @Valid @Size(min = 1, max = 200) @Schema(required = true, minItems = 1, maxItems = 200,
                example = "[{\"linkId\": \"1\", \"value\": 5}, {\"linkId\": \"2\", \"notAnsweredReason\": "
                        + "\"DECLINED\"}]") List<@NotNull AnswerRequest> answers,
        @Size(max = 2000) @Schema(maxLength = 2000, nullable = true, example = "Answered in the first session")
        String note) {
}
