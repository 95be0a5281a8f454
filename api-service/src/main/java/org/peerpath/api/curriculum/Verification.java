package org.peerpath.api.curriculum;

/** What content-service said of a curriculum reference. */
public enum Verification {
    /** A published curriculum entry has this reference. */
    VERIFIED,
    /** content-service answered that no entry has it. */
    UNKNOWN,
    /** content-service could not be asked; the reference is kept and checked again later. */
    UNVERIFIED
}
