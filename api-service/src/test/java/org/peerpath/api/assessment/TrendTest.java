package org.peerpath.api.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TrendTest {

    private static TrendPoint point(int day, int total) {
        return new TrendPoint(UUID.randomUUID(), Instant.parse("2026-01-01T10:00:00Z").plusSeconds(86400L * day),
                total, total >= 47);
    }

    @Test
    void changeSinceFirstAndSinceLastAndCrossings() {
        Trend trend = new Trend(List.of(point(0, 38), point(30, 49), point(60, 46)), 47, 1);
        assertThat(trend.changeSinceFirst()).isEqualTo(8);
        assertThat(trend.changeSinceLast()).isEqualTo(-3);
        assertThat(trend.crossingSinceFirst()).isEqualTo(CutoffCrossing.NO_CROSSING);
        assertThat(trend.crossingSinceLast()).isEqualTo(CutoffCrossing.CROSSED_DOWN);
        assertThat(trend.first().totalScore()).isEqualTo(38);
        assertThat(trend.previous().totalScore()).isEqualTo(49);
        assertThat(trend.latest().totalScore()).isEqualTo(46);
    }

    @Test
    void crossingUpAtExactlyTheCutoff() {
        Trend trend = new Trend(List.of(point(0, 46), point(30, 47)), 47, 0);
        assertThat(trend.changeSinceFirst()).isEqualTo(1);
        assertThat(trend.crossingSinceFirst()).isEqualTo(CutoffCrossing.CROSSED_UP);
        assertThat(trend.crossingSinceLast()).isEqualTo(CutoffCrossing.CROSSED_UP);
    }

    @Test
    void oneOrNoAssessmentHasNoChange() {
        Trend one = new Trend(List.of(point(0, 40)), 47, 2);
        assertThat(one.changeSinceFirst()).isNull();
        assertThat(one.changeSinceLast()).isNull();
        assertThat(one.crossingSinceFirst()).isEqualTo(CutoffCrossing.NOT_APPLICABLE);
        assertThat(one.previous()).isNull();
        Trend none = new Trend(List.of(), 47, 0);
        assertThat(none.first()).isNull();
        assertThat(none.latest()).isNull();
    }

    @Test
    void noCutoffMeansNoCrossing() {
        Trend trend = new Trend(List.of(point(0, 10), point(1, 60)), null, 0);
        assertThat(trend.crossingSinceFirst()).isEqualTo(CutoffCrossing.NOT_APPLICABLE);
    }
}
