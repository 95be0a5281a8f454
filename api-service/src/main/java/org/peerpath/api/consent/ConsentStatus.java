package org.peerpath.api.consent;

/** Where a consent stands now: not yet in effect, in effect, past its expiry, or revoked. */
public enum ConsentStatus {
    PENDING, ACTIVE, EXPIRED, REVOKED
}
