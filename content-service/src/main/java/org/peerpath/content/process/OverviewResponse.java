package org.peerpath.content.process;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.content.catalog.Part;
import org.peerpath.content.catalog.Source;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Overview", description = "The introduction and closing of a collection (topics, stages, support "
        + "types, principles, contexts) and the parts of its source document that belong to no single entry.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OverviewResponse(
        @Schema(maxLength = 100, example = "topics") String slug,
        @Schema(maxLength = 120, example = "overview:topics") String ref,
        @Schema(maxLength = 300) String title,
        @Schema(maxLength = 20000) String intro,
        @Schema(maxLength = 20000) String closing,
        Source source,
        @Schema(maxItems = 20) List<OverviewPart> parts,
        @Schema(maxLength = 300) String link) {

    @Schema(description = "A titled part of the collection's source document.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OverviewPart(
            @Schema(maxLength = 100, example = "benefits") String key,
            @Schema(maxLength = 300) String title,
            @Schema(maxLength = 300) String subtitle,
            @Schema(maxLength = 200) String author,
            @Schema(maxLength = 20000) String intro,
            @Schema(maxLength = 20000) String description,
            @Schema(maxItems = 100) List<Part> items,
            Source source) {
    }
}
