package org.peerpath.api.goal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.peerpath.api.curriculum.Slugs;

/**
 * The fields of a goal a merge patch may change, with the rules of a new goal. Members left out stay as they are;
 * {@code null} clears an optional one; {@code milestones} (like every array) is replaced as a whole. The status has
 * its own operation.
 */
public record GoalUpdate(
        @NotNull GoalDomain domain,
        @NotBlank @Size(max = 1000) String statement,
        @Size(max = 1000) String measure,
        @Size(max = 1000) String achievable,
        @Size(max = 1000) String relevant,
        LocalDate targetDate,
        @Size(max = 20) List<@NotNull @Valid Milestone> milestones,
        @Size(max = 20)
        List<@NotNull @Size(max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> techniques,
        @Size(max = 20)
        List<@NotNull @Size(max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> topics) {

    static GoalUpdate of(Goal goal) {
        return new GoalUpdate(goal.domain, goal.statement, goal.measure, goal.achievable, goal.relevant,
                goal.targetDate, List.copyOf(goal.milestones), List.copyOf(goal.techniques), List.copyOf(goal.topics));
    }
}
