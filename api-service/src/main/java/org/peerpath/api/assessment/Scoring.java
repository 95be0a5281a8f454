package org.peerpath.api.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peerpath.common.error.ProblemException;
import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.ProblemType;

/**
 * Scores answers against an instrument version. Every item must be accounted for: a value on the scale, or a reason
 * it has none. An assessment with any item unanswered is incomplete and gets no total (a missing answer is never
 * counted as zero, as the lowest point, or as the person's average).
 */
public final class Scoring {

    private Scoring() {
    }

    /** One answer as sent: a value, or the reason there is none. */
    public record Answer(String linkId, Integer value, NotAnsweredReason notAnsweredReason) {
    }

    /** The score; a 400 naming each answer that does not fit the instrument. */
    public static Score score(InstrumentDefinition instrument, List<Answer> answers) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Answer> byItem = new HashMap<>();
        Set<String> known = new HashSet<>(instrument.linkIds());
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            String field = "answers[" + i + "]";
            if (answer == null || answer.linkId() == null) {
                errors.add(new FieldError(field + ".linkId", "must name an item of the instrument"));
                continue;
            }
            if (!known.contains(answer.linkId())) {
                errors.add(new FieldError(field + ".linkId", "is not an item of " + instrument.code() + " version "
                        + instrument.version()));
                continue;
            }
            if (byItem.putIfAbsent(answer.linkId(), answer) != null) {
                errors.add(new FieldError(field + ".linkId", "item " + answer.linkId() + " is answered twice"));
                continue;
            }
            if (answer.value() != null && answer.notAnsweredReason() != null) {
                errors.add(new FieldError(field, "give either a value or a reason it was not answered, not both"));
            } else if (answer.value() == null && answer.notAnsweredReason() == null) {
                errors.add(new FieldError(field, "give a value or the reason it was not answered "
                        + "(DECLINED, NOT_ASKED, UNSURE)"));
            } else if (answer.value() != null
                    && (answer.value() < instrument.scaleMin() || answer.value() > instrument.scaleMax())) {
                errors.add(new FieldError(field + ".value", "must be from " + instrument.scaleMin() + " to "
                        + instrument.scaleMax()));
            }
        }
        for (String linkId : instrument.linkIds()) {
            if (!byItem.containsKey(linkId)) {
                errors.add(new FieldError("answers", "item " + linkId + " is missing: give a value or the reason it "
                        + "was not answered"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The answers do not fit "
                    + instrument.code() + " version " + instrument.version() + ".", errors);
        }
        List<StoredAnswer> ordered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int total = 0;
        for (String linkId : instrument.linkIds()) {
            Answer answer = byItem.get(linkId);
            ordered.add(new StoredAnswer(linkId, answer.value(), answer.notAnsweredReason()));
            if (answer.value() == null) {
                missing.add(linkId);
            } else {
                total += answer.value();
            }
        }
        if (!missing.isEmpty()) {
            return new Score(ordered, missing, null, null);
        }
        return switch (instrument.scoring()) {
            case SUM -> new Score(ordered, missing, total,
                    instrument.cutoff() == null ? null : total >= instrument.cutoff());
        };
    }
}
