package org.peerpath.content.topic;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.content.catalog.Source;
import org.peerpath.content.common.http.CachedRepresentation;
import org.peerpath.model.curriculum.EntryKind;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Item", description = "One item of a topic's section: a strategy with its points, a role-play "
        + "exercise, a resource or a wellness practice. Fields that do not apply to the item's kind are absent.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResponse(
        @Schema(maxLength = 100, example = "define-your-role-clearly") String slug,
        @Schema(maxLength = 220, example = "strategy:healthy-boundaries.define-your-role-clearly") String ref,
        @Schema(example = "STRATEGY") EntryKind kind,
        @Schema(maxLength = 100, example = "healthy-boundaries") String topic,
        @Schema(minimum = "0", maximum = "999", example = "1") Integer number,
        @Schema(maxLength = 500, example = "Define Your Role Clearly") String title,
        @Schema(maxLength = 20000) String body,
        @Schema(maxItems = 200, example = "[\"Be transparent about your role as a peer coach from the start.\"]")
        List<@Size(max = 5000) String> points,
        @Schema(maxLength = 20000) String scenario,
        @Schema(maxLength = 20000) String instructions,
        @Schema(maxLength = 20000) String goal,
        @Schema(maxLength = 20000) String debrief,
        @Schema(maxLength = 60, example = "FINANCIAL") String category,
        @Schema(maxLength = 60, example = "TOOL") String resourceKind,
        @Schema(maxLength = 20000) String description,
        @Schema(maxLength = 2000) String url,
        @Schema(maxItems = 100, example = "[\"gentle-refusal\"]") List<@Size(max = 100) String> techniques,
        Source source,
        @Schema(maxLength = 300, example = "/v1/topics/healthy-boundaries/items/define-your-role-clearly")
        String link) implements CachedRepresentation {
}
