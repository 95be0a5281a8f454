package org.peerpath.common.problemtype;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of problem types ({@code Page<ProblemTypeResponse>} on the wire). */
@Schema(name = "ProblemTypePage", description = "One page of problem types, in a stable order.")
public record ProblemTypePage(
        @Schema(maxItems = 100) List<ProblemTypeResponse> items,
        @Schema(maxLength = 1000, nullable = true, description = "Absent on the last page",
                example = "MR9wcmVjb25kaXRpb24tZmFpbGVk") String nextCursor) {
}
