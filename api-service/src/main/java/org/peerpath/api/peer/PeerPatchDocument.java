package org.peerpath.api.peer;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a peer merge patch; the rules are those of {@link PeerUpdate}, applied after merging. */
@Schema(name = "PeerPatch", description = "A JSON merge patch (RFC 7396) of a peer: send only the fields to change; "
        + "null clears an optional field. The result obeys the same rules as a new peer.")
public record PeerPatchDocument(
        @Schema(maxLength = 200, example = "Jamie R.") String preferredName,
        @Schema(maxLength = 50, nullable = true, example = "they/them") String pronouns,
        @Schema(nullable = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                format = "date", example = "1988-04-12") LocalDate dateOfBirth,
        @Schema(maxItems = 11, example = "[\"MUTUAL_AID\"]") List<RecoveryPathway> recoveryPathways,
        @Schema(maxLength = 4000, nullable = true, example = "Reliable") String strengths,
        @Schema(maxLength = 4000, nullable = true, example = "Stable housing") String hopes,
        @Schema(maxLength = 4000, nullable = true, example = "Weekends alone") String concerns,
        @Schema(enumeration = { "ACTIVE", "PAUSED" }, example = "PAUSED") String status,
        @Schema(maxLength = 100, nullable = true, example = "MRN-004512") String externalMrn,
        @Schema(maxLength = 255, nullable = true,
                example = "10000000-0000-4000-8000-000000000005") String participantSubject,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date",
                description = "The day the person joined the program; not in the future, and not after their first "
                        + "session", example = "2026-09-01") LocalDate enrolledOn,
        @Schema(nullable = true, enumeration = { "MALE", "FEMALE", "OTHER", "UNKNOWN" },
                description = "Administrative gender; null records UNKNOWN", example = "FEMALE") String gender,
        @Schema(maxLength = 100, nullable = true, example = "Jamie Lee") String givenName,
        @Schema(maxLength = 100, nullable = true, example = "Rivera") String familyName) {
}
