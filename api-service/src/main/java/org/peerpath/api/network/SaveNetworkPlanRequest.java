package org.peerpath.api.network;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SaveNetworkPlan", description = "The whole network plan as it should read now; every save makes a new "
        + "version and keeps the earlier ones. Members sent with their id are kept (same id); members left out are "
        + "no longer in the plan.")
public record SaveNetworkPlanRequest(
        @Valid @NotNull @Size(max = 50) @Schema(required = true, maxItems = 50) List<@NotNull NetworkMember> members,
        @Schema(nullable = true, example = "MONTHLY") CheckInCadence checkInCadence,
        @Schema(nullable = true, description = "When to review the plan together", example = "2027-02-01")
        LocalDate reviewDate,
        @Size(max = 1000) @Schema(nullable = true, maxLength = 1000, example = "Added Sam as first crisis contact")
        String changeNote) {
}
