package org.peerpath.api.goal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GoalList", description = "All goals of a peer, oldest first.")
public record GoalList(@Schema(maxItems = 500) List<GoalResponse> items) {
}
