package org.peerpath.content.seed;

import java.util.Map;

import org.peerpath.model.curriculum.EntryKind;

/** One curriculum entry as the seed files describe it, before it is stored. */
public record SeedEntry(EntryKind kind, String key, String topicSlug, String parentKey, String title,
        Map<String, Object> document) {
}
