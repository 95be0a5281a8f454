package org.peerpath.content.common.http;

/**
 * A response held in the curriculum cache and never changed once built, so that {@link PreparedJsonWriter} can
 * serialize each instance once and answer every later read of it with the same bytes. The cache key of the instance
 * (entry, locale, catalog version) is therefore also the key of its bytes.
 */
public interface CachedRepresentation {
}
