package org.peerpath.content.search;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.model.curriculum.EntryKind;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "One search hit: what it is, a snippet with the matching words in <mark>, where to read it, and "
        + "why it matched (the query's words it contains, or its meaning, or both).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResult(
        @Schema(example = "TECHNIQUE") EntryKind kind,
        @Schema(maxLength = 220, example = "technique:grounding") String ref,
        @Schema(maxLength = 100, example = "grounding") String slug,
        @Schema(maxLength = 500, example = "Grounding techniques") String title,
        @Schema(maxLength = 2000, example = "Use <mark>grounding</mark> techniques to help them stay present")
        String snippet,
        @Schema(maxLength = 100, example = "crisis-and-de-escalation") String topic,
        @Schema(description = "Relevance; higher is better. Comparable within one answer only.", example = "0.032")
        double score,
        @Schema(maxLength = 300, example = "/v1/techniques/grounding") String link,
        @Schema(description = "The words and phrases of the query, or of the field vocabulary it expands to, that the "
                + "entry contains (in person-first language); empty when it matched by meaning only.",
                maxItems = 50, example = "[\"grounding\"]")
        List<@Size(max = 200) String> matchedWords,
        @Schema(description = "Whether the entry is among those nearest the query by meaning (semantic ranking).",
                example = "true")
        boolean matchedByMeaning) {
}
