package org.peerpath.api.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.api.session.EhrDocument;

@Schema(name = "SyncedDocument", description = "A signed session note or addendum, exactly as signed.")
public record SyncedDocument(
        @Schema(description = "The document's id (the note's, or the addendum's)",
                example = "3b5c7d9e-2f4a-4b6c-8d0e-1f2a3b4c5d6e") UUID id,
        @Schema(description = "The note: itself for a note, the note it appends to for an addendum",
                example = "3b5c7d9e-2f4a-4b6c-8d0e-1f2a3b4c5d6e") UUID noteId,
        @Schema(example = "NOTE") EhrDocument.Kind kind,
        @Schema(nullable = true, example = "7d1e3f5a-9b2c-4d6e-8f0a-1b3c5d7e9f2a") UUID sessionId,
        @Schema(nullable = true, example = "2026-11-20T15:00:00Z") Instant sessionStart,
        @Schema(nullable = true, example = "2026-11-20T15:50:00Z") Instant sessionEnd,
        @Schema(maxLength = 20, nullable = true, example = "IN_PERSON") String modality,
        @Schema(maxLength = 200, nullable = true, example = "Community center") String setting,
        @Schema(maxLength = 20, nullable = true, example = "H0038") String serviceCode,
        @Schema(nullable = true, example = "3") Integer billingUnits,
        @Schema(maxLength = 10, nullable = true, example = "DAP") String noteFormat,
        @Schema(maxLength = 255, example = "Casey Coach") String authorName,
        @Schema(maxLength = 100, nullable = true, example = "CPRS") String authorCredentials,
        @Schema(example = "2026-11-20T16:10:00Z") Instant signedAt,
        @Schema(maxLength = 255, nullable = true, example = "Sam Supervisor") String cosignerName,
        @Schema(nullable = true, example = "2026-11-21T09:00:00Z") Instant cosignedAt,
        @Schema(maxLength = 1000, nullable = true, example = "Late entry") String addendumReason,
        @Schema(description = "The signed text", maxLength = 100000,
                example = "Data: met at the community center.\nAssessment: steady.\nPlan: meet next week.")
        String content,
        @Schema(description = "The signature's hash, recorded at signing: hex SHA-256 over PeerPath's canonical JSON "
                + "of everything the signature covers (the session's facts and the note's sections), so it is not a "
                + "hash of `content`; to check the text you received, use `contentSha256`", maxLength = 64,
                example = "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c1b3d5f7e9a1c3b5d7f9e1a3c5b7d9f1e") String contentHash,
        @Schema(description = "Hex SHA-256 (lower case) of `content` as UTF-8 bytes, exactly as received: verify it "
                + "by hashing the text", maxLength = 64,
                example = "5d41402abc4b2a76b9719d911017c592e5b1b7f3a8c9d2e4f6a1b3c5d7e9f0a2") String contentSha256,
        @Schema(description = "The same document in FHIR", maxLength = 100,
                example = "DocumentReference/3b5c7d9e-2f4a-4b6c-8d0e-1f2a3b4c5d6e") String fhirReference) {

    public static SyncedDocument of(EhrDocument document) {
        return new SyncedDocument(document.id, document.noteId, document.kind, document.sessionId,
                document.sessionStart, document.sessionEnd, document.modality, document.setting,
                document.serviceCode, document.billingUnits, document.noteFormat, document.authorName,
                document.authorCredentials, document.signedAt, document.cosignerName, document.cosignedAt,
                document.addendumReason, document.content, document.contentHash, sha256(document.content),
                "DocumentReference/" + document.id);
    }

    /** Hex SHA-256 of the text's UTF-8 bytes, as a client computes it from {@code content}. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
