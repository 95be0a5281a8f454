package org.peerpath.api.servicetime;

import java.util.UUID;

/** Someone whose time a service takes: the peer served, or a staff member giving it. */
public record Party(Kind kind, UUID id) {

    public enum Kind {
        PEER,
        STAFF
    }

    public static Party peer(UUID id) {
        return new Party(Kind.PEER, id);
    }

    public static Party staff(UUID id) {
        return new Party(Kind.STAFF, id);
    }
}
