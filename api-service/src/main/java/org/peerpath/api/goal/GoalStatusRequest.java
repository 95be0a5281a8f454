package org.peerpath.api.goal;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GoalStatusChange", description = "The status to move the goal to.")
public record GoalStatusRequest(@NotNull @Schema(required = true, example = "ACHIEVED") GoalStatus status) {
}
