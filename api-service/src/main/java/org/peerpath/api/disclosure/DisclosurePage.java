package org.peerpath.api.disclosure;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of disclosures ({@code Page<DisclosureResponse>} on the wire). */
@Schema(name = "DisclosurePage", description = "One page of disclosures, newest first.")
public record DisclosurePage(
        @Schema(maxItems = 100) List<DisclosureResponse> items,
        @Schema(maxLength = 1000, nullable = true, description = "Absent on the last page",
                example = "MXwyMDI2LTExLTIwVDE1OjA0OjA1WnwA") String nextCursor) {
}
