package org.peerpath.api.network;

/** How often the peer and their coach look at the network together. */
public enum CheckInCadence {
    WEEKLY, FORTNIGHTLY, MONTHLY, QUARTERLY
}
