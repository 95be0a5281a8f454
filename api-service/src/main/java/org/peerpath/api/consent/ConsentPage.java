package org.peerpath.api.consent;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of consents ({@code Page<ConsentResponse>} on the wire). */
@Schema(name = "ConsentPage", description = "One page of consents, oldest first.")
public record ConsentPage(
        @Schema(maxItems = 100) List<ConsentResponse> items,
        @Schema(maxLength = 1000, nullable = true, description = "Absent on the last page",
                example = "MXwyMDI2LTExLTAxVDA5OjMwOjAwWnwA") String nextCursor) {
}
