package org.peerpath.api.staff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffMember", description = "A member of the agency's staff, created from their token on first use.")
public record StaffResponse(
        UUID id,
        @Schema(maxLength = 255, description = "OIDC subject", example = "10000000-0000-4000-8000-000000000001")
        String subject,
        @Schema(maxLength = 255, example = "Casey Coach") String displayName,
        @Schema(maxLength = 100, nullable = true, example = "CPRS") String credentials,
        @Schema(maxItems = 3, example = "[\"peer-specialist\"]") List<@Size(max = 100) String> roles,
        @Schema(description = "Inactive staff cannot be assigned as coaches", example = "true") boolean active,
        @Schema(example = "2026-09-01T14:30:00Z") Instant createdAt,
        @Schema(maxLength = 10, nullable = true, description = "National Provider Identifier, if recorded",
                example = "1234567893") String npi) {

    public static StaffResponse of(Staff staff) {
        return new StaffResponse(staff.id, staff.subject, staff.displayName, staff.credentials,
                List.copyOf(staff.roles), staff.active, staff.createdAt, staff.npi);
    }
}
