package org.peerpath.api.goal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a goal stands, with the moves that make sense: nothing goes back to PROPOSED, and an ACHIEVED or CANCELLED
 * goal stays so (set a new goal instead); a NOT_ACHIEVED goal may be taken up again.
 */
public enum GoalStatus {
    PROPOSED, ACTIVE, ON_HOLD, ACHIEVED, NOT_ACHIEVED, CANCELLED;

    private static final Map<GoalStatus, Set<GoalStatus>> NEXT = Map.of(
            PROPOSED, EnumSet.of(ACTIVE, CANCELLED),
            ACTIVE, EnumSet.of(ON_HOLD, ACHIEVED, NOT_ACHIEVED, CANCELLED),
            ON_HOLD, EnumSet.of(ACTIVE, NOT_ACHIEVED, CANCELLED),
            NOT_ACHIEVED, EnumSet.of(ACTIVE),
            ACHIEVED, EnumSet.noneOf(GoalStatus.class),
            CANCELLED, EnumSet.noneOf(GoalStatus.class));

    public boolean canMoveTo(GoalStatus next) {
        return NEXT.get(this).contains(next);
    }

    public Set<GoalStatus> next() {
        return NEXT.get(this);
    }

    public boolean isOpen() {
        return this == PROPOSED || this == ACTIVE || this == ON_HOLD;
    }
}
