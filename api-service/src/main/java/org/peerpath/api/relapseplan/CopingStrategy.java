package org.peerpath.api.relapseplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CopingStrategy", description = "Something that helps, optionally linked to the curriculum technique "
        + "it uses.")
public record CopingStrategy(
        @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000,
                example = "Five things I can see, four I can hear") String description,
        @Size(max = 200) @Pattern(regexp = "technique:[a-z0-9]+(-[a-z0-9]+)*", message = "must be a technique "
                + "slug such as technique:grounding")
        @Schema(nullable = true, maxLength = 200, pattern = "^technique:[a-z0-9]+(-[a-z0-9]+)*$",
                example = "technique:grounding") String techniqueSlug) {
}
