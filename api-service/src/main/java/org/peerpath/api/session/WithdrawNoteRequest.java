package org.peerpath.api.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawNote", description = "Why a signed note is withdrawn as entered in error.")
public record WithdrawNoteRequest(
        @NotBlank @Size(max = 1000)
        @Schema(required = true, maxLength = 1000, example = "Written in the wrong person's record") String reason) {
}
