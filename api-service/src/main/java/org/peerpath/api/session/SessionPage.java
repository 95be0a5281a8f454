package org.peerpath.api.session;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of sessions. */
@Schema(name = "SessionPage", description = "One page of sessions; pass `nextCursor` as `cursor` for the next.")
public record SessionPage(
        @Schema(maxItems = 100) List<SessionResponse> items,
        @Schema(maxLength = 1000, nullable = true, description = "Absent on the last page") String nextCursor) {
}
