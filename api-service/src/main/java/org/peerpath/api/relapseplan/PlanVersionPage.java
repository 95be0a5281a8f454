package org.peerpath.api.relapseplan;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RelapsePreventionPlanVersionPage", description = "Versions of a plan, newest first; pass "
        + "`nextCursor` as `cursor` for the next.")
public record PlanVersionPage(
        @Schema(maxItems = 100) List<PlanResponse> items,
        @Schema(maxLength = 1000, nullable = true, description = "Absent on the last page", example = "MR8y")
        String nextCursor) {
}
