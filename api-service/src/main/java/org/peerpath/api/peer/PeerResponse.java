package org.peerpath.api.peer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Peer", description = "A person in recovery supported by the agency.")
public record PeerResponse(
        @Schema(description = "Peer id", example = "0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c15") UUID id,
        @Schema(description = "The name the person goes by", maxLength = 200, example = "Jamie R.") String preferredName,
        @Schema(maxLength = 50, example = "they/them", nullable = true) String pronouns,
        @Schema(nullable = true, example = "1988-04-12") LocalDate dateOfBirth,
        @Schema(maxItems = 11, example = "[\"MUTUAL_AID\", \"MEDICATION_SUPPORTED\"]") List<RecoveryPathway> recoveryPathways,
        @Schema(maxLength = 4000, nullable = true, example = "Reliable, good with people") String strengths,
        @Schema(maxLength = 4000, nullable = true, example = "Stable housing and a job in a kitchen") String hopes,
        @Schema(maxLength = 4000, nullable = true, example = "Weekends alone") String concerns,
        @Schema(example = "ACTIVE") PeerStatus status,
        @Schema(description = "The agency EHR's medical record number", maxLength = 100, nullable = true,
                example = "MRN-004512") String externalMrn,
        @Schema(description = "OIDC subject of the person's own login, if they have one", maxLength = 255,
                nullable = true, example = "10000000-0000-4000-8000-000000000005") String participantSubject,
        @Schema(description = "Assigned coaches", maxItems = 10) List<CoachResponse> coaches,
        @Schema(nullable = true, example = "2026-11-01T17:00:00Z") Instant concludedAt,
        @Schema(maxLength = 1000, nullable = true, example = "Completed the program") String conclusionReason,
        @Schema(example = "2026-09-01T14:30:00Z") Instant createdAt,
        @Schema(example = "2026-10-15T09:12:00Z") Instant updatedAt,
        @Schema(description = "The day the person joined the program; the program report counts them as active "
                + "from it", example = "2026-09-01") LocalDate enrolledOn,
        @Schema(description = "Administrative gender; UNKNOWN unless recorded", example = "FEMALE")
        AdministrativeGender gender,
        @Schema(maxLength = 100, nullable = true, description = "Legal given name(s), if recorded",
                example = "Jamie Lee") String givenName,
        @Schema(maxLength = 100, nullable = true, description = "Legal family name, if recorded", example = "Rivera")
        String familyName) {

    public static PeerResponse of(Peer peer, List<CoachResponse> coaches) {
        return new PeerResponse(peer.id, peer.preferredName, peer.pronouns, peer.dateOfBirth,
                List.copyOf(peer.recoveryPathways), peer.strengths, peer.hopes, peer.concerns, peer.status,
                peer.externalMrn, peer.participantSubject, coaches, peer.concludedAt, peer.conclusionReason,
                peer.createdAt, peer.updatedAt, peer.enrolledOn, peer.gender, peer.givenName, peer.familyName);
    }
}
