package org.peerpath.api.peer;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.api.staff.Staff;

@Schema(name = "Coach", description = "A staff member assigned to coach a peer.")
public record CoachResponse(
        @Schema(description = "Staff id", example = "5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b3c") UUID staffId,
        @Schema(description = "Display name", maxLength = 255, example = "Casey Coach") String displayName,
        @Schema(description = "Credentials shown on signatures", maxLength = 100, example = "CPRS",
                nullable = true) String credentials) {

    public static CoachResponse of(Staff staff) {
        return new CoachResponse(staff.id, staff.displayName, staff.credentials);
    }
}
