package org.peerpath.api.peer;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


/**
 * The fields a merge patch may change. Members left out stay as they are; {@code null} clears an optional one.
 * {@code status} moves between ACTIVE and PAUSED; concluding has its own operation.
 */
public record PeerUpdate(
        @NotBlank @Size(max = 200) String preferredName,
        @Size(max = 50) String pronouns,
        @Past LocalDate dateOfBirth,
        @NotNull @Size(max = 11)
        List<@NotNull RecoveryPathway> recoveryPathways,
        @Size(max = 4000) String strengths,
        @Size(max = 4000) String hopes,
        @Size(max = 4000) String concerns,
        @NotNull @Pattern(regexp = "ACTIVE|PAUSED", message = "must be ACTIVE or PAUSED; conclude a peer with its own operation")
        String status,
        @Size(max = 100) String externalMrn,
        @Size(max = 255) String participantSubject,
        @NotNull LocalDate enrolledOn,
        AdministrativeGender gender,
        @Size(max = 100) String givenName,
        @Size(max = 100) String familyName) {

    static PeerUpdate of(Peer peer) {
        return new PeerUpdate(peer.preferredName, peer.pronouns, peer.dateOfBirth, List.copyOf(peer.recoveryPathways),
                peer.strengths, peer.hopes, peer.concerns, peer.status.name(), peer.externalMrn,
                peer.participantSubject, peer.enrolledOn, peer.gender, peer.givenName, peer.familyName);
    }
}
