package org.peerpath.api.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of deliveries ({@code Page<DeliveryResponse>} on the wire). */
@Schema(name = "WebhookDeliveryPage", description = "One page of delivery attempts, newest first.")
public record DeliveryPage(
        @Schema(maxItems = 100) List<DeliveryResponse> items,
        @Schema(maxLength = 1000, nullable = true, description = "Absent on the last page",
                example = "MXwyMDI2LTExLTIwVDEwOjAwOjAyWnwA") String nextCursor) {
}
