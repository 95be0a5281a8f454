package org.peerpath.content.process;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.content.catalog.Source;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "SupportType", description = "One of the four types of support: emotional, informational, "
        + "instrumental, affiliational.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupportTypeResponse(
        @Schema(maxLength = 100, example = "emotional") String slug,
        @Schema(maxLength = 120, example = "support-type:emotional") String ref,
        @Schema(maxLength = 200, example = "Emotional support") String title,
        @Schema(maxLength = 5000) String description,
        @Schema(maxItems = 50) List<@Size(max = 1000) String> examples,
        Source source,
        @Schema(maxLength = 300, example = "/v1/support-types/emotional") String link) {
}
