package org.peerpath.content.catalog;

/**
 * The in-process cache of rendered reads. Its keys include the catalog version, so an entry a publish replaced is
 * never served (on any instance); a publish also empties it here to free the memory at once.
 */
public final class CurriculumCache {

    public static final String NAME = "curriculum-reads";

    private CurriculumCache() {
    }
}
