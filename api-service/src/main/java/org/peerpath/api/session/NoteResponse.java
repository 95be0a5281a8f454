package org.peerpath.api.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionNote", description = "The note of a session, its signatures and addenda in order.")
public record NoteResponse(
        UUID id,
        UUID sessionId,
        UUID peerId,
        @Schema(example = "DAP") NoteFormat format,
        @Schema(description = "The sections of the note's format") NoteSections sections,
        @Schema(example = "SIGNED") NoteStatus status,
        @Schema(maxLength = 255, nullable = true, example = "Casey Coach") String signerName,
        @Schema(maxLength = 100, nullable = true, example = "CPRS") String signerCredentials,
        @Schema(nullable = true, example = "2026-11-20T16:10:00Z") Instant signedAt,
        @Schema(maxLength = 64, nullable = true, description = "SHA-256 of the signed content, hex",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String contentHash,
        @Schema(maxLength = 255, nullable = true, example = "Sam Supervisor") String cosignerName,
        @Schema(maxLength = 100, nullable = true, example = "CPRS-S") String cosignerCredentials,
        @Schema(nullable = true, example = "2026-11-21T09:00:00Z") Instant cosignedAt,
        @Schema(maxItems = 1000) List<AddendumResponse> addenda,
        @Schema(nullable = true, description = "Present when a supervisor withdrew the signed note as entered in "
                + "error") NoteWithdrawal withdrawal,
        @Schema(example = "2026-11-20T16:10:00Z") Instant updatedAt) {

    public static NoteResponse of(SessionNote note, List<NoteAddendum> addenda) {
        return new NoteResponse(note.id, note.sessionId, note.peerId, note.format, note.sections, note.status,
                note.signerName, note.signerCredentials, note.signedAt, note.contentHash, note.cosignerName,
                note.cosignerCredentials, note.cosignedAt, addenda.stream().map(AddendumResponse::of).toList(),
                NoteWithdrawal.of(note), note.updatedAt);
    }
}
