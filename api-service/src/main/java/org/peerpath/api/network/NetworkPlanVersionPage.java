package org.peerpath.api.network;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NetworkPlanVersionPage", description = "Versions of a network plan, newest first; pass `nextCursor` as "
        + "`cursor` for the next.")
public record NetworkPlanVersionPage(
        @Schema(maxItems = 100) List<NetworkPlanResponse> items,
        @Schema(maxLength = 1000, nullable = true, description = "Absent on the last page", example = "MR8y")
        String nextCursor) {
}
