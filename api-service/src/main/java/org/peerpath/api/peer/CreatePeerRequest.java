package org.peerpath.api.peer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatePeer", description = "A person joining the program. A peer specialist who creates a peer "
        + "becomes their coach; supervisors and org-admins may name coaches.")
public record CreatePeerRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, example = "Jamie R.") String preferredName,
        @Size(max = 50) @Schema(maxLength = 50, nullable = true, example = "they/them") String pronouns,
        @Past @Schema(nullable = true, example = "1988-04-12") LocalDate dateOfBirth,
        @Size(max = 11) @Schema(maxItems = 11, nullable = true, example = "[\"MUTUAL_AID\"]")
        List<@NotNull RecoveryPathway> recoveryPathways,
        @Size(max = 4000) @Schema(maxLength = 4000, nullable = true, example = "Reliable, good with people") String strengths,
        @Size(max = 4000) @Schema(maxLength = 4000, nullable = true, example = "Stable housing") String hopes,
        @Size(max = 4000) @Schema(maxLength = 4000, nullable = true, example = "Weekends alone") String concerns,
        @Size(max = 100) @Schema(maxLength = 100, nullable = true, example = "MRN-004512") String externalMrn,
        @Size(max = 255) @Schema(maxLength = 255, nullable = true,
                example = "10000000-0000-4000-8000-000000000005") String participantSubject,
        @Size(max = 10) @Schema(maxItems = 10, nullable = true,
                description = "Coaches to assign (supervisors and org-admins only)")
        List<@NotNull UUID> coachIds,
        @Schema(nullable = true, description = "The day the person joined the program (default: today in the "
                + "agency's time zone; not in the future). Sessions are recorded from this day on.",
                example = "2026-09-01") LocalDate enrolledOn,
        @Schema(nullable = true, description = "Administrative gender as the person states it for records; UNKNOWN "
                + "when left out. Not derived from pronouns.", example = "FEMALE") AdministrativeGender gender,
        @Size(max = 100) @Schema(maxLength = 100, nullable = true, description = "Legal given name(s), if recorded; "
                + "the preferred name stays what the person is called", example = "Jamie Lee") String givenName,
        @Size(max = 100) @Schema(maxLength = 100, nullable = true, description = "Legal family name, if recorded",
                example = "Rivera") String familyName) {
}
