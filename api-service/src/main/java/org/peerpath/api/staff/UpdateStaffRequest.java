package org.peerpath.api.staff;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateStaffMember", description = "What an org-admin manages about a staff member.")
public record UpdateStaffRequest(
        @Size(max = 100) @Schema(maxLength = 100, nullable = true, description = "Credentials shown on signatures",
                example = "CPRS") String credentials,
        @NotNull @Schema(required = true, example = "true") Boolean active,
        @Pattern(regexp = "[0-9]{10}", message = "must be the ten digits of a National Provider Identifier")
        @Schema(nullable = true, pattern = "^[0-9]{10}$", maxLength = 10, description = "National Provider "
                + "Identifier, if the person has one; shown to EHRs as the practitioner's identifier",
                example = "1234567893") String npi) {
}
