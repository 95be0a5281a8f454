package org.peerpath.api.relapseplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanContact", description = "A professional or a crisis line. These are services, not the "
        + "person's own network, so the plan holds them.")
public record PlanContact(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, example = "988 Suicide & Crisis Lifeline")
        String name,
        @Size(max = 200) @Schema(nullable = true, maxLength = 200, example = "Crisis line") String role,
        @Size(max = 50) @Schema(nullable = true, maxLength = 50, example = "988") String phone,
        @Size(max = 50) @Schema(nullable = true, maxLength = 50, example = "988") String text,
        @Size(max = 200) @Schema(nullable = true, maxLength = 200, example = "24/7") String availability) {
}
