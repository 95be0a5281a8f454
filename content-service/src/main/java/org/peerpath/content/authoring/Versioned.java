package org.peerpath.content.authoring;

/** A response with the strong ETag of the entry version it shows. */
record Versioned<T>(T body, String etag) {
}
