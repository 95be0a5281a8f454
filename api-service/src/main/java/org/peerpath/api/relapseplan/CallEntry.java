package org.peerpath.api.relapseplan;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference to one crisis contact of the peer's network plan (by id, never a copy), in calling order. */
@Schema(name = "PlanCallEntry", description = "A crisis contact of the peer's network plan, by its member id. The "
        + "plan refers to it; name and phone come from the network plan when read.")
public record CallEntry(
        @NotNull @Schema(required = true, example = "3c9a7e1f-2b4d-4f6a-8c0e-1d2f3a4b5c6d") UUID networkMemberId,
        @Size(max = 500) @Schema(nullable = true, maxLength = 500, example = "Call first, any time")
        String note) {
}
