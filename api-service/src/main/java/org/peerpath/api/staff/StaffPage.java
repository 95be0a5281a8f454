package org.peerpath.api.staff;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of staff. */
@Schema(name = "StaffPage", description = "One page of staff, by display name.")
public record StaffPage(
        @Schema(maxItems = 100) List<StaffResponse> items,
        @Schema(maxLength = 1000, nullable = true, description = "Absent on the last page") String nextCursor) {
}
