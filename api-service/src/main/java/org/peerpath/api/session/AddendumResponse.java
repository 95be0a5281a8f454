package org.peerpath.api.session;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Addendum", description = "A signed addition to a signed note.")
public record AddendumResponse(
        UUID id,
        @Schema(description = "1 for the first addendum of the note, then 2, 3, …", example = "1") int sequence,
        @Schema(maxLength = 1000, example = "Late entry: referral phone number") String reason,
        @Schema(maxLength = 10000, example = "Referral line: 555-0100") String text,
        @Schema(maxLength = 255, example = "Casey Coach") String signerName,
        @Schema(maxLength = 100, nullable = true, example = "CPRS") String signerCredentials,
        @Schema(example = "2026-11-21T10:00:00Z") Instant signedAt,
        @Schema(maxLength = 64, description = "SHA-256 of the addendum's content, hex",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String contentHash) {

    public static AddendumResponse of(NoteAddendum addendum) {
        return new AddendumResponse(addendum.id, addendum.sequence, addendum.reason, addendum.text,
                addendum.signerName, addendum.signerCredentials, addendum.signedAt, addendum.contentHash);
    }
}
