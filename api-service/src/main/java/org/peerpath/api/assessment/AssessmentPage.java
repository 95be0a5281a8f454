package org.peerpath.api.assessment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentPage", description = "One page of assessments, newest first; pass `nextCursor` as "
        + "`cursor` for the next.")
public record AssessmentPage(
        @Schema(maxItems = 100) List<AssessmentResponse> items,
        @Schema(maxLength = 1000, nullable = true, description = "Absent on the last page",
                example = "MR8yMDI2LTA5LTAxVDE0OjMwOjAwWh8w") String nextCursor) {
}
