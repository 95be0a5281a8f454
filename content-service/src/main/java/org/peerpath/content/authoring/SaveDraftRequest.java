package org.peerpath.content.authoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The new content of an entry's draft; saving adds a revision to its history.")
public record SaveDraftRequest(@NotNull @Valid EntryContent content) {
}
