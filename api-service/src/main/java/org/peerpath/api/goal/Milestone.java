package org.peerpath.api.goal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Milestone", description = "A step on the way to a goal.")
public record Milestone(
        @NotBlank @Size(max = 300) @Schema(required = true, maxLength = 300, example = "Call two housing listings")
        String title,
        @Schema(nullable = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                format = "date", example = "2026-12-01") LocalDate dueDate,
        @Schema(description = "Whether it is done", example = "false") boolean done) {
}
