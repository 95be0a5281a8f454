package org.peerpath.api.supervision;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of supervision assignments. */
@Schema(name = "SupervisionAssignmentPage", description = "One page of supervision assignments, oldest first.")
public record SupervisionPage(
        @Schema(maxItems = 100) List<SupervisionResponse> items,
        @Schema(maxLength = 1000, nullable = true, description = "Absent on the last page") String nextCursor) {
}
