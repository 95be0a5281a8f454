package org.peerpath.api.assessment;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentTrendPoint", description = "One complete assessment on the trend line.")
public record TrendPoint(
        @Schema(example = "6a1d8c2e-5b7f-4e90-a3c4-2f8e9d1b0a77") UUID assessmentId,
        @Schema(example = "2026-09-01T14:30:00Z") Instant administeredAt,
        @Schema(example = "41") int totalScore,
        @Schema(nullable = true, example = "false") Boolean meetsCutoff) {
}
