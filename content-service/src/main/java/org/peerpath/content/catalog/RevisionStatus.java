package org.peerpath.content.catalog;

/** Where a revision stands: one draft at most per entry, one published, the rest superseded. */
public enum RevisionStatus {
    DRAFT,
    PUBLISHED,
    SUPERSEDED
}
