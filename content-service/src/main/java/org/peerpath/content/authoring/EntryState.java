package org.peerpath.content.authoring;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.model.curriculum.EntryKind;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "An entry as its editors see it: what is published, and the draft being worked on.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryState(
        @Schema(maxLength = 220, example = "strategy:healthy-boundaries.practice-saying-no") String ref,
        EntryKind kind,
        @Schema(maxLength = 10, example = "en") String locale,
        @Schema(description = "The revision readers see; absent until the first publish", minimum = "1", maximum = "2147483647", 
                example = "1")
        Integer publishedRevision,
        @Schema(description = "The newest revision", minimum = "1", maximum = "2147483647", example = "2")
        int latestRevision,
        @Schema(description = "Whether an unpublished draft is pending") boolean draftPending,
        @Schema(description = "The newest revision's content") EntryContent content,
        Instant updatedAt,
        @Schema(maxLength = 300, description = "Where readers find the entry once published",
                example = "/v1/topics/healthy-boundaries/items/practice-saying-no") String link) {
}
