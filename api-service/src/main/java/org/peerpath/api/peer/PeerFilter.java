package org.peerpath.api.peer;

import java.util.UUID;

/** Filters of peer lists; each optional. {@code nameContains} only comes from a search body, never a URL. */
public record PeerFilter(PeerStatus status, UUID coachId, String nameContains) {
}
