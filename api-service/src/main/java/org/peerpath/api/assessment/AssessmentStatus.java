package org.peerpath.api.assessment;

/** Whether every item was answered; only a {@code COMPLETE} assessment has a total. */
public enum AssessmentStatus {
    COMPLETE, INCOMPLETE
}
