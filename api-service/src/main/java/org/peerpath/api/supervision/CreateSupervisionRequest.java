package org.peerpath.api.supervision;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateSupervisionAssignment", description = "A peer specialist whose work a supervisor of the same "
        + "agency supervises.")
public record CreateSupervisionRequest(
        @NotNull @Schema(required = true, description = "Staff id of a supervisor (an active staff member with the "
                + "supervisor role)", example = "5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b03") UUID supervisorId,
        @NotNull @Schema(required = true, description = "Staff id of a coach (an active staff member with the "
                + "peer-specialist role)", example = "5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b01") UUID coachId) {
}
