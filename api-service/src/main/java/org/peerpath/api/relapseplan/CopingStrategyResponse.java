package org.peerpath.api.relapseplan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CopingStrategyRecorded", description = "A coping strategy and the technique it uses.")
public record CopingStrategyResponse(
        @Schema(maxLength = 1000, example = "Five things I can see, four I can hear") String description,
        @Schema(nullable = true, maxLength = 200, example = "technique:grounding") String techniqueSlug,
        @Schema(description = "False while content-service could not confirm the technique yet", example = "true")
        boolean techniqueVerified) {
}
