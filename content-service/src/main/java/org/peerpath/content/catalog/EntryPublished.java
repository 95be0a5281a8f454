package org.peerpath.content.catalog;

/**
 * Fired inside the publishing transaction once an entry's published revision is in place, so that what derives from
 * the published text (search's embeddings) is written in the same transaction, without the catalog knowing it.
 */
public record EntryPublished(Entry entry) {
}
