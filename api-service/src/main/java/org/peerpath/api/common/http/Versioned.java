package org.peerpath.api.common.http;

import org.peerpath.common.http.EntityTags;

/** A single resource and its row version, which becomes its strong {@code ETag}. */
public record Versioned<T>(T body, long version) {

    public String etag() {
        return etag(version);
    }

    public static String etag(long version) {
        return EntityTags.strong(Long.toString(version));
    }
}
