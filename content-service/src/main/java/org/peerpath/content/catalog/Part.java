package org.peerpath.content.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A titled part of a larger entry: an aspect, competency or role of a context, a benefit.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Part(
        @Schema(maxLength = 100, example = "active-listening") String slug,
        Integer number,
        @Schema(maxLength = 500, example = "Active listening skills") String title,
        @Schema(maxLength = 20000) String description,
        Source source) {
}
