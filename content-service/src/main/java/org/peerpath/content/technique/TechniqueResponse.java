package org.peerpath.content.technique;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.content.catalog.Source;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Technique", description = "A cross-cutting skill, with the stages and topics where it appears.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TechniqueResponse(
        @Schema(maxLength = 100, example = "reflective-listening") String slug,
        @Schema(maxLength = 120, example = "technique:reflective-listening") String ref,
        @Schema(maxLength = 200, example = "Reflective listening") String title,
        @Schema(maxLength = 10000) String description,
        @Schema(description = "True where the documents only name the technique and the description is ours")
        Boolean descriptionEditorial,
        @Schema(maxItems = 5, example = "[\"connecting\", \"exploring\"]") List<@Size(max = 100) String> stages,
        @Schema(maxItems = 20, example = "[\"crisis-and-de-escalation\"]") List<@Size(max = 100) String> topics,
        Source source,
        @Schema(maxLength = 300, example = "/v1/techniques/reflective-listening") String link) {
}
