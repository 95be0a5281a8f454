package org.peerpath.api.audit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of audit events. */
@Schema(name = "AuditEventPage", description = "One page of audit events, oldest first.")
public record AuditEventPage(
        @Schema(maxItems = 100) List<AuditEventResponse> items,
        @Schema(maxLength = 1000, nullable = true, description = "Absent on the last page") String nextCursor) {
}
