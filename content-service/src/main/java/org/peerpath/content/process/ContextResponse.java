package org.peerpath.content.process;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.content.catalog.Part;
import org.peerpath.content.catalog.Source;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Context", description = "A context of peer support: peer-driven support, training (its five "
        + "competencies), delivering alongside professionals (its five roles).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContextResponse(
        @Schema(maxLength = 100, example = "training") String slug,
        @Schema(maxLength = 120, example = "context:training") String ref,
        @Schema(minimum = "0", maximum = "999") Integer number,
        @Schema(maxLength = 300) String title,
        @Schema(maxLength = 300) String scope,
        @Schema(maxLength = 10000) String description,
        @Schema(maxItems = 50) List<Part> aspects,
        @Schema(maxItems = 50) List<Part> competencies,
        @Schema(maxItems = 50) List<Part> roles,
        Source source,
        @Schema(maxLength = 300) String link) {
}
