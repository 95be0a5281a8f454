package org.peerpath.api.consent;

import org.peerpath.api.peer.Peer;

/** A peer whose records the calling EHR client may receive, and the consent that allows it. */
public record ConsentGrant(Peer peer, Consent consent) {
}
