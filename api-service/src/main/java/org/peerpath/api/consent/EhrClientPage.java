package org.peerpath.api.consent;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of EHR clients ({@code Page<EhrClientResponse>} on the wire). */
@Schema(name = "EhrClientPage", description = "One page of EHR clients, by client id.")
public record EhrClientPage(
        @Schema(maxItems = 100) List<EhrClientResponse> items,
        @Schema(maxLength = 1000, nullable = true, description = "Absent on the last page",
                example = "MXxwZWVycGF0aC1laHItZGVtbw") String nextCursor) {
}
