package org.peerpath.content.process;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.content.catalog.Source;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Principle", description = "A principle of a supportive environment.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrincipleResponse(
        @Schema(maxLength = 100) String slug,
        @Schema(maxLength = 120) String ref,
        @Schema(minimum = "0", maximum = "999") Integer number,
        @Schema(maxLength = 300) String title,
        @Schema(maxLength = 10000) String description,
        Source source,
        @Schema(maxLength = 300) String link) {
}
