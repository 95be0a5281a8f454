package org.peerpath.api.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateNote", description = "The whole draft note: its format and sections (replaces the draft).")
public record UpdateNoteRequest(
        @NotNull @Schema(required = true, example = "DAP") NoteFormat format,
        @NotNull @Valid @Schema(required = true) NoteSections sections) {
}
