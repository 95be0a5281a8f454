package org.peerpath.content.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.model.curriculum.EntryKind;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "One search hit: what it is, a snippet with the matching words in <mark>, and where to read it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResult(
        @Schema(example = "TECHNIQUE") EntryKind kind,
        @Schema(maxLength = 220, example = "technique:grounding") String ref,
        @Schema(maxLength = 100, example = "grounding") String slug,
        @Schema(maxLength = 500, example = "Grounding techniques") String title,
        @Schema(maxLength = 2000, example = "Use <mark>grounding</mark> techniques to help them stay present")
        String snippet,
        @Schema(maxLength = 100, example = "crisis-and-de-escalation") String topic,
        @Schema(description = "Relevance; higher is better", example = "0.73") double score,
        @Schema(maxLength = 300, example = "/v1/techniques/grounding") String link) {
}
