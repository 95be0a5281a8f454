package org.peerpath.api.assessment;

import java.util.List;

/**
 * The server's reading of a set of answers: every item's answer in the instrument's order, the items without one,
 * and, only when none is missing, the total and whether it reaches the cut-off.
 */
public record Score(List<StoredAnswer> answers, List<String> missingItems, Integer total, Boolean meetsCutoff) {

    public Score {
        answers = List.copyOf(answers);
        missingItems = List.copyOf(missingItems);
    }

    public boolean complete() {
        return missingItems.isEmpty();
    }
}
