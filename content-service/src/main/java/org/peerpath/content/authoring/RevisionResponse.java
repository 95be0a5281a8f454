package org.peerpath.content.authoring;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.content.catalog.RevisionStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Revision", description = "One saved state of an entry.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RevisionResponse(
        @Schema(minimum = "1", maximum = "2147483647", example = "2") int revision,
        RevisionStatus status,
        @Schema(maxLength = 500) String title,
        @Schema(maxLength = 255, description = "Who saved it: an editor's subject, or `seed` for the source documents")
        String author,
        Instant createdAt,
        Instant publishedAt,
        @Schema(description = "The content; only in the single-revision read") EntryContent content) {
}
