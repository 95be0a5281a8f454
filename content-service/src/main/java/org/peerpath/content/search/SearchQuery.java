package org.peerpath.content.search;

import org.peerpath.model.curriculum.EntryKind;

/** What to search for, in which locale, how to rank, with optional filters (null means any). */
public record SearchQuery(String text, String locale, EntryKind kind, String stage, String topic, String supportType,
        SearchMode mode) {
}
