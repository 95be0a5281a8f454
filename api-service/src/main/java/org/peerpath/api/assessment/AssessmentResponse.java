package org.peerpath.api.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assessment", description = "One administration of an instrument, scored by the server.")
public record AssessmentResponse(
        @Schema(example = "6a1d8c2e-5b7f-4e90-a3c4-2f8e9d1b0a77") UUID id,
        @Schema(example = "0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c15") UUID peerId,
        @Schema(example = "b10c0000-0000-4000-8000-000000000001") UUID instrumentId,
        @Schema(maxLength = 50, example = "BARC-10") String instrumentCode,
        @Schema(maxLength = 20, example = "1") String instrumentVersion,
        @Schema(example = "2026-11-20T15:00:00Z") Instant administeredAt,
        @Schema(example = "COACH_ADMINISTERED") AdministrationMode mode,
        @Schema(example = "COMPLETE") AssessmentStatus status,
        @Schema(maxItems = 200) List<AnswerResponse> answers,
        @Schema(description = "Items without an answer; an assessment with any has no total", maxItems = 200,
                example = "[]") List<@Size(max = 20) String> missingItems,
        @Schema(nullable = true, description = "The total, only when complete", example = "48") Integer totalScore,
        @Schema(nullable = true, description = "Whether the total reaches the instrument's cut-off",
                example = "true") Boolean meetsCutoff,
        @Schema(nullable = true, example = "47") Integer cutoff,
        @Schema(maxLength = 2000, nullable = true, example = "Answered in the first session") String note,
        @Schema(description = "OIDC subject of who recorded it", maxLength = 255,
                example = "5b1f7a2c-1d3e-4f60-9a8b-7c6d5e4f3a21") String recordedBy,
        @Schema(example = "2026-11-20T15:02:11Z") Instant createdAt) {

    static AssessmentResponse of(Assessment assessment, Instrument instrument, List<ScaleLabel> labels) {
        Map<Integer, String> text = labels.stream()
                .collect(Collectors.toMap(ScaleLabel::value, ScaleLabel::label, (a, b) -> a));
        List<AnswerResponse> answers = assessment.answers.stream()
                .map(a -> new AnswerResponse(a.linkId(), a.value(), a.value() == null ? null : text.get(a.value()),
                        a.notAnsweredReason()))
                .toList();
        return new AssessmentResponse(assessment.id, assessment.peerId, instrument.id, instrument.code,
                instrument.version, assessment.administeredAt, assessment.mode,
                assessment.complete ? AssessmentStatus.COMPLETE : AssessmentStatus.INCOMPLETE, answers,
                List.copyOf(assessment.missingItems), assessment.totalScore, assessment.meetsCutoff,
                instrument.cutoff, assessment.note, assessment.recordedBy, assessment.createdAt);
    }
}
