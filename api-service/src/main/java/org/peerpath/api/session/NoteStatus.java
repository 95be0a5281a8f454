package org.peerpath.api.session;

/** A note is a draft until its author signs it; then it is frozen. */
public enum NoteStatus {
    DRAFT, SIGNED
}
