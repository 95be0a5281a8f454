package org.peerpath.api.sync;

import java.time.Instant;
import java.util.UUID;

import org.peerpath.api.changelog.EhrChangeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedChange", description = "One change: a signed note or addendum (with the document), or a "
        + "tombstone (a withdrawn document, a revoked consent) telling the EHR to remove what it holds.")
public record FeedChange(
        @Schema(example = "NOTE_SIGNED") EhrChangeKind kind,
        @Schema(example = "2026-11-20T16:10:00Z") Instant occurredAt,
        @Schema(example = "0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c15") UUID peerId,
        @Schema(description = "The person in FHIR", maxLength = 100,
                example = "Patient/0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c15") String patientReference,
        @Schema(description = "The document changed, for document changes", nullable = true,
                example = "3b5c7d9e-2f4a-4b6c-8d0e-1f2a3b4c5d6e") UUID documentId,
        @Schema(description = "The consent, for consent changes", nullable = true,
                example = "4c2e8a1f-6b3d-4f5e-9a7c-1d0b2e3f4a5b") UUID consentId,
        @Schema(description = "The signed document, for NOTE_SIGNED and NOTE_AMENDED while it is not withdrawn",
                nullable = true) SyncedDocument document) {
}
