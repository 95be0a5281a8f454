package org.peerpath.api.assessment;

/** One item's answer as stored: a value, or the reason there is none. */
public record StoredAnswer(String linkId, Integer value, NotAnsweredReason notAnsweredReason) {
}
