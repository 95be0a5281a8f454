package org.peerpath.api.assessment;

import java.util.List;

/**
 * The movement of a peer's totals on one instrument: change since the first and since the previous complete
 * assessment, and whether the cut-off was crossed. Incomplete assessments have no total and are left out (they are
 * counted, so the reader knows they exist).
 *
 * @param points complete assessments, oldest first
 */
public record Trend(List<TrendPoint> points, Integer cutoff, int incompleteCount) {

    public Trend {
        points = List.copyOf(points);
    }

    public TrendPoint first() {
        return points.isEmpty() ? null : points.get(0);
    }

    public TrendPoint latest() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }

    public TrendPoint previous() {
        return points.size() < 2 ? null : points.get(points.size() - 2);
    }

    /** Latest minus first; null with fewer than two complete assessments. */
    public Integer changeSinceFirst() {
        return points.size() < 2 ? null : latest().totalScore() - first().totalScore();
    }

    /** Latest minus the one before; null with fewer than two complete assessments. */
    public Integer changeSinceLast() {
        return points.size() < 2 ? null : latest().totalScore() - previous().totalScore();
    }

    public CutoffCrossing crossingSinceFirst() {
        return points.size() < 2 ? CutoffCrossing.NOT_APPLICABLE
                : CutoffCrossing.between(first().totalScore(), latest().totalScore(), cutoff);
    }

    public CutoffCrossing crossingSinceLast() {
        return points.size() < 2 ? CutoffCrossing.NOT_APPLICABLE
                : CutoffCrossing.between(previous().totalScore(), latest().totalScore(), cutoff);
    }
}
