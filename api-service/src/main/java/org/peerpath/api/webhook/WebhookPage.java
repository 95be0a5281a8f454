package org.peerpath.api.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of webhooks ({@code Page<WebhookResponse>} on the wire). */
@Schema(name = "WebhookPage", description = "One page of webhook endpoints, oldest first.")
public record WebhookPage(
        @Schema(maxItems = 100) List<WebhookResponse> items,
        @Schema(maxLength = 1000, nullable = true, description = "Absent on the last page",
                example = "MXwyMDI2LTExLTAxVDA5OjMwOjAwWnwA") String nextCursor) {
}
