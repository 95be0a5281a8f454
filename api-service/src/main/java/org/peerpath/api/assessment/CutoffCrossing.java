package org.peerpath.api.assessment;

/** How the total moved relative to the instrument's cut-off between two assessments. */
public enum CutoffCrossing {
    /** From below the cut-off to at or above it. */
    CROSSED_UP,
    /** From at or above the cut-off to below it. */
    CROSSED_DOWN,
    /** Stayed on the same side. */
    NO_CROSSING,
    /** Fewer than two complete assessments, or the instrument has no cut-off. */
    NOT_APPLICABLE;

    static CutoffCrossing between(Integer from, Integer to, Integer cutoff) {
        if (from == null || to == null || cutoff == null) {
            return NOT_APPLICABLE;
        }
        boolean before = from >= cutoff;
        boolean after = to >= cutoff;
        if (before == after) {
            return NO_CROSSING;
        }
        return after ? CROSSED_UP : CROSSED_DOWN;
    }
}
