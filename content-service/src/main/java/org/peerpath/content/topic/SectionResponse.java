package org.peerpath.content.topic;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.content.catalog.Source;
import org.peerpath.content.common.http.CachedRepresentation;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Section", description = "A section of a topic, with its items in document order.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SectionResponse(
        @Schema(maxLength = 100, example = "guide") String slug,
        @Schema(maxLength = 220, example = "section:healthy-boundaries.guide") String ref,
        @Schema(example = "GUIDE") SectionKind kind,
        @Schema(maxLength = 500) String title,
        @Schema(maxLength = 20000) String intro,
        @Schema(maxLength = 20000) String closing,
        Source source,
        @Schema(maxItems = 500) List<ItemResponse> items) implements CachedRepresentation {

    SectionResponse withItems(List<ItemResponse> sectionItems) {
        return new SectionResponse(slug, ref, kind, title, intro, closing, source, sectionItems);
    }
}
