package org.peerpath.api.peer;

/** Where a person is in the program: active, paused for a while, or concluded. */
public enum PeerStatus {
    ACTIVE, PAUSED, CONCLUDED
}
