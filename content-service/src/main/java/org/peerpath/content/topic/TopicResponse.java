package org.peerpath.content.topic;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.content.catalog.Source;
import org.peerpath.content.common.http.CachedRepresentation;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Topic", description = "A peer meeting topic in full: intro, sections with every item, closing.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TopicResponse(
        @Schema(maxLength = 100, example = "healthy-boundaries") String slug,
        @Schema(maxLength = 120, example = "topic:healthy-boundaries") String ref,
        @Schema(minimum = "0", maximum = "999", example = "1") int number,
        @Schema(maxLength = 500, example = "Setting and sustaining healthy boundaries") String title,
        @Schema(maxLength = 5000) String summary,
        @Schema(maxLength = 20000) String intro,
        @Schema(maxLength = 20000) String closing,
        @Schema(maxItems = 100, example = "[\"gentle-refusal\", \"i-statements\"]") List<@Size(max = 100) String> techniques,
        Source source,
        @Schema(maxItems = 50) List<SectionResponse> sections) implements CachedRepresentation {

    TopicResponse withSections(List<SectionResponse> topicSections) {
        return new TopicResponse(slug, ref, number, title, summary, intro, closing, techniques, source, topicSections);
    }
}
