package org.peerpath.api.peer;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CoachAssignment", description = "The complete set of coaches of a peer; replaces the current set.")
public record CoachAssignmentRequest(
        @NotNull @Size(max = 10) @Schema(required = true, maxItems = 10,
                example = "[\"5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b3c\"]") List<@NotNull UUID> coachIds) {
}
