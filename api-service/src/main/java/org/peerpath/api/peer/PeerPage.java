package org.peerpath.api.peer;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of peers ({@code Page<PeerResponse>} on the wire). */
@Schema(name = "PeerPage", description = "One page of peers; pass `nextCursor` as `cursor` for the next.")
public record PeerPage(
        @Schema(maxItems = 100) List<PeerResponse> items,
        @Schema(maxLength = 1000, nullable = true, description = "Absent on the last page",
                example = "MXwyMDI2LTA5LTAxVDE0OjMwOjAwWnww") String nextCursor) {
}
