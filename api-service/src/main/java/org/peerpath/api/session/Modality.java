package org.peerpath.api.session;

/** How the session took place. */
public enum Modality {
    IN_PERSON, PHONE, VIDEO, TEXT
}
