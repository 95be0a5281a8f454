package org.peerpath.api.relapseplan;

import java.util.Map;
import java.util.UUID;

/**
 * The crisis contacts of a peer's network plan, which a relapse-prevention plan refers to by member id. The network
 * plan feature provides the implementation; until it does, {@link NoNetworkPlans} answers that none can be checked,
 * references are kept as sent and shown as {@code UNRESOLVED}.
 */
public interface CrisisContacts {

    /** Whether network plans exist in this service, so that references can be checked and resolved. */
    boolean available();

    /** The peer's current crisis contacts, by member id (empty when the peer has no network plan). */
    Map<UUID, CrisisContact> of(String organization, UUID peerId);
}
