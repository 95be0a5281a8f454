package org.peerpath.content.catalog;

/** Optional conditions on a list of entries; null means "any". */
public record EntryFilter(String topicSlug, String stage, String category, String resourceKind) {

    public static final EntryFilter NONE = new EntryFilter(null, null, null, null);

    public static EntryFilter topic(String topicSlug) {
        return new EntryFilter(topicSlug, null, null, null);
    }
}
