package org.peerpath.api.network;

/** How a member of the network prefers to be reached. */
public enum ContactPreference {
    PHONE_CALL, TEXT_MESSAGE, EMAIL, IN_PERSON, VIDEO
}
