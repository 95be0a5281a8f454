package org.peerpath.api.session;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NoteWithdrawal", description = "Who withdrew a signed note as entered in error, when and why. The note "
        + "stays in the record, frozen; EHRs receive it as withdrawn (FHIR entered-in-error, a tombstone).")
public record NoteWithdrawal(
        @Schema(example = "2026-11-22T09:00:00Z") Instant withdrawnAt,
        @Schema(maxLength = 255, example = "Sam Supervisor") String withdrawnBy,
        @Schema(maxLength = 1000, example = "Written in the wrong person's record") String reason) {

    static NoteWithdrawal of(SessionNote note) {
        return note.withdrawnAt == null ? null
                : new NoteWithdrawal(note.withdrawnAt, note.withdrawerName, note.withdrawalReason);
    }
}
