package org.peerpath.api.assessment;

/** Why an item has no answer. A missing answer is always named, never scored as anything. */
public enum NotAnsweredReason {
    /** The person chose not to answer. */
    DECLINED,
    /** The item was not asked (the session ended, it was skipped). */
    NOT_ASKED,
    /** The person could not decide. */
    UNSURE
}
