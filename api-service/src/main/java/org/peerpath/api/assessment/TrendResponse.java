package org.peerpath.api.assessment;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentTrend", description = "How a peer's totals on one instrument moved: change since the "
        + "first and since the previous complete assessment, and cut-off crossings. Incomplete assessments have no "
        + "total; they are counted but not on the line.")
public record TrendResponse(
        @Schema(example = "0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c15") UUID peerId,
        @Schema(example = "b10c0000-0000-4000-8000-000000000001") UUID instrumentId,
        @Schema(maxLength = 50, example = "BARC-10") String instrumentCode,
        @Schema(nullable = true, example = "47") Integer cutoff,
        @Schema(example = "3") int completeCount,
        @Schema(example = "1") int incompleteCount,
        @Schema(nullable = true) TrendPoint first,
        @Schema(nullable = true) TrendPoint previous,
        @Schema(nullable = true) TrendPoint latest,
        @Schema(nullable = true, description = "Latest total minus the first; null with fewer than two",
                example = "9") Integer changeSinceFirst,
        @Schema(nullable = true, description = "Latest total minus the previous; null with fewer than two",
                example = "3") Integer changeSinceLast,
        @Schema(example = "CROSSED_UP") CutoffCrossing crossingSinceFirst,
        @Schema(example = "CROSSED_UP") CutoffCrossing crossingSinceLast,
        @Schema(description = "Complete assessments, oldest first (the latest 500)", maxItems = 500)
        List<TrendPoint> points) {

    static TrendResponse of(UUID peerId, Instrument instrument, Trend trend) {
        return new TrendResponse(peerId, instrument.id, instrument.code, instrument.cutoff, trend.points().size(),
                trend.incompleteCount(), trend.first(), trend.previous(), trend.latest(), trend.changeSinceFirst(),
                trend.changeSinceLast(), trend.crossingSinceFirst(), trend.crossingSinceLast(), trend.points());
    }
}
