package org.peerpath.content.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.model.curriculum.EntryKind;

@Schema(name = "Reference", description = "What a curriculum reference names: its kind, title and where to read it.")
public record ReferenceResponse(
        @Schema(maxLength = 220, example = "technique:grounding") String ref,
        @Schema(example = "TECHNIQUE") EntryKind kind,
        @Schema(maxLength = 500, example = "Grounding techniques") String title,
        @Schema(maxLength = 300, example = "/v1/techniques/grounding") String link) {
}
