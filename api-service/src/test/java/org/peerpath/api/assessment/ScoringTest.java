package org.peerpath.api.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.peerpath.common.error.ProblemException;
import org.peerpath.model.problem.ProblemType;

class ScoringTest {

    static final InstrumentDefinition BARC_10 = new InstrumentDefinition("BARC-10", "1",
            IntStream.rangeClosed(1, 10).mapToObj(Integer::toString).toList(), 1, 6, ScoringMethod.SUM, 47);

    /** Ten answers summing to {@code total} (10..60): as many 6s as fit, then the rest. */
    static List<Scoring.Answer> answersTotalling(int total) {
        List<Scoring.Answer> answers = new ArrayList<>();
        int left = total;
        for (int item = 1; item <= 10; item++) {
            int itemsAfter = 10 - item;
            int value = Math.min(6, left - itemsAfter);
            answers.add(new Scoring.Answer(Integer.toString(item), value, null));
            left -= value;
        }
        return answers;
    }

    @Test
    void allAnswersAreSummed() {
        List<Scoring.Answer> answers = new ArrayList<>();
        int[] values = { 5, 4, 3, 6, 2, 5, 4, 6, 3, 5 };
        for (int i = 0; i < 10; i++) {
            answers.add(new Scoring.Answer(Integer.toString(i + 1), values[i], null));
        }
        Score score = Scoring.score(BARC_10, answers);
        assertThat(score.complete()).isTrue();
        assertThat(score.total()).isEqualTo(43);
        assertThat(score.meetsCutoff()).isFalse();
        assertThat(score.answers()).extracting(StoredAnswer::linkId)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    }

    @Test
    void boundaryTotalsAndTheCutoff() {
        assertThat(Scoring.score(BARC_10, answersTotalling(10))).satisfies(s -> {
            assertThat(s.total()).isEqualTo(10);
            assertThat(s.meetsCutoff()).isFalse();
        });
        assertThat(Scoring.score(BARC_10, answersTotalling(46))).satisfies(s -> {
            assertThat(s.total()).isEqualTo(46);
            assertThat(s.meetsCutoff()).isFalse();
        });
        assertThat(Scoring.score(BARC_10, answersTotalling(47))).satisfies(s -> {
            assertThat(s.total()).isEqualTo(47);
            assertThat(s.meetsCutoff()).isTrue();
        });
        assertThat(Scoring.score(BARC_10, answersTotalling(60))).satisfies(s -> {
            assertThat(s.total()).isEqualTo(60);
            assertThat(s.meetsCutoff()).isTrue();
        });
    }

    @Test
    void aMissingAnswerMakesItIncompleteWithoutATotal() {
        List<Scoring.Answer> answers = new ArrayList<>(answersTotalling(60));
        answers.set(4, new Scoring.Answer("5", null, NotAnsweredReason.DECLINED));
        Score score = Scoring.score(BARC_10, answers);
        assertThat(score.complete()).isFalse();
        assertThat(score.total()).isNull();
        assertThat(score.meetsCutoff()).isNull();
        assertThat(score.missingItems()).containsExactly("5");
        assertThat(score.answers().get(4)).isEqualTo(new StoredAnswer("5", null, NotAnsweredReason.DECLINED));
    }

    @Test
    void anItemLeftOutIsAnErrorNotAZero() {
        List<Scoring.Answer> answers = new ArrayList<>(answersTotalling(30));
        answers.remove(9);
        assertThatThrownBy(() -> Scoring.score(BARC_10, answers))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
                    assertThat(e.errors()).singleElement()
                            .satisfies(err -> assertThat(err.message()).contains("item 10 is missing"));
                });
    }

    @Test
    void valuesOffTheScaleUnknownItemsDuplicatesAndAmbiguousAnswersAreRefused() {
        List<Scoring.Answer> answers = new ArrayList<>(answersTotalling(30));
        answers.set(0, new Scoring.Answer("1", 0, null));
        answers.set(1, new Scoring.Answer("2", 7, null));
        answers.set(2, new Scoring.Answer("3", 4, NotAnsweredReason.UNSURE));
        answers.set(3, new Scoring.Answer("4", null, null));
        answers.add(new Scoring.Answer("11", 3, null));
        answers.add(new Scoring.Answer("5", 3, null));
        assertThatThrownBy(() -> Scoring.score(BARC_10, answers))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field())
                        .containsExactly("answers[0].value", "answers[1].value", "answers[2]", "answers[3]",
                                "answers[10].linkId", "answers[11].linkId"));
    }
}
