package org.peerpath.api.supervision;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.api.staff.Staff;

@Schema(name = "SupervisionAssignment", description = "A coach whose work a supervisor supervises.")
public record SupervisionResponse(
        @Schema(example = "3d2f1e0c-9b8a-4766-8554-433221100f0e") UUID id,
        @Schema(description = "Staff id of the supervisor", example = "5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b03")
        UUID supervisorId,
        @Schema(maxLength = 255, example = "Sam Supervisor") String supervisorName,
        @Schema(description = "Staff id of the coach (peer specialist)",
                example = "5b1d3c2a-8f4e-4a61-9d0b-2c7e8f9a1b01") UUID coachId,
        @Schema(maxLength = 255, example = "Casey Coach") String coachName,
        @Schema(example = "2026-11-20T15:00:00Z") Instant assignedAt) {

    /** The assignment with both staff members' names, from staff loaded by id. */
    static SupervisionResponse of(SupervisionAssignment assignment, Map<UUID, Staff> staff) {
        return new SupervisionResponse(assignment.id, assignment.supervisorStaffId,
                staff.get(assignment.supervisorStaffId).displayName, assignment.coachStaffId,
                staff.get(assignment.coachStaffId).displayName, assignment.assignedAt);
    }
}
