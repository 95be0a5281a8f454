package org.peerpath.api.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Goal", description = "A SMART goal with its milestones and check-ins.")
public record GoalResponse(
        UUID id,
        UUID peerId,
        @Schema(example = "HOUSING") GoalDomain domain,
        @Schema(maxLength = 1000, example = "Move into my own apartment") String statement,
        @Schema(maxLength = 1000, nullable = true, example = "Signed lease") String measure,
        @Schema(maxLength = 1000, nullable = true, example = "Saving $200 a month") String achievable,
        @Schema(maxLength = 1000, nullable = true, example = "A stable home keeps my recovery steady") String relevant,
        @Schema(nullable = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                format = "date", example = "2027-03-01") LocalDate targetDate,
        @Schema(example = "ACTIVE") GoalStatus status,
        @Schema(description = "Progress of the latest check-in, 0 to 100", minimum = "0", maximum = "100",
                example = "40") int progress,
        @Schema(maxItems = 20) List<Milestone> milestones,
        @Schema(maxItems = 20, example = "[\"smart-goals\"]") List<@Size(max = 100) String> techniques,
        @Schema(maxItems = 20, example = "[\"goal-setting\"]") List<@Size(max = 100) String> topics,
        @Schema(maxItems = 1000, description = "Check-ins, oldest first") List<CheckInResponse> checkIns,
        @Schema(example = "2026-11-01T15:00:00Z") Instant createdAt,
        @Schema(example = "2026-11-20T16:00:00Z") Instant updatedAt,
        @Schema(maxItems = 40, description = "Topics and techniques content-service could not be asked about yet "
                + "(it was unreachable); they are checked again later and drop out of this list once confirmed",
                example = "[\"technique:smart-goals\"]") List<@Size(max = 220) String> unverifiedReferences) {

    public static GoalResponse of(Goal goal, List<GoalCheckIn> checkIns, List<String> unverifiedReferences) {
        return new GoalResponse(goal.id, goal.peerId, goal.domain, goal.statement, goal.measure, goal.achievable,
                goal.relevant, goal.targetDate, goal.status, goal.progress, List.copyOf(goal.milestones),
                List.copyOf(goal.techniques), List.copyOf(goal.topics),
                checkIns.stream().map(CheckInResponse::of).toList(), goal.createdAt, goal.updatedAt,
                List.copyOf(unverifiedReferences));
    }
}
