package org.peerpath.api.network;

/** Who a member of a peer's network is. */
public enum MemberKind {
    PERSON, GROUP, PROFESSIONAL, ORGANISATION
}
