package org.peerpath.content.process;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.content.catalog.Source;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Stage", description = "A stage of the five-stage peer support process.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StageResponse(
        @Schema(maxLength = 100, example = "connecting") String slug,
        @Schema(maxLength = 120, example = "stage:connecting") String ref,
        @Schema(minimum = "0", maximum = "999", example = "1") int number,
        @Schema(maxLength = 200, example = "Connecting") String title,
        @Schema(maxLength = 5000, example = "Connecting is task number one in every meeting.") String description,
        @Schema(maxItems = 100, example = "[\"Self-awareness\", \"Trauma-informed care\"]") List<@Size(max = 1000) String> keyConcepts,
        @Schema(maxItems = 100) List<StageTool> tools,
        Source source,
        @Schema(maxLength = 300, example = "/v1/stages/connecting") String link) {

    @Schema(description = "A tool or resource of the stage; `technique` names the technique it teaches, if any.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StageTool(
            @Schema(maxLength = 300, example = "Reflective Listening Cheat Sheet") String title,
            @Schema(maxLength = 100, example = "reflective-listening") String technique) {
    }
}
