package org.peerpath.content.authoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.content.common.http.Slugs;
import org.peerpath.model.curriculum.EntryKind;

@Schema(description = "A new curriculum entry. It starts as a draft that readers do not see until it is published.")
public record CreateEntryRequest(
        @Schema(example = "STRATEGY", description = "TOPIC, SECTION, STRATEGY, EXERCISE, RESOURCE, PRACTICE or TECHNIQUE")
        @NotNull EntryKind kind,
        @Schema(example = "practice-saying-no") @NotNull @Size(max = Slugs.MAX_LENGTH)
        @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
        @Schema(example = "healthy-boundaries", description = "The topic a section or item belongs to")
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String topic,
        @Schema(example = "boundary-guide", description = "The section an item belongs to")
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String section,
        @Schema(example = "en", description = "The content's language; en by default")
        @Size(max = 10) @Pattern(regexp = "^[a-z]{2}$", message = "must be a two-letter language code") String locale,
        @NotNull @Valid EntryContent content) {
}
