package org.peerpath.api.assessment;

/** Who answered: the person with a coach reading it aloud and recording, or the person on their own. */
public enum AdministrationMode {
    COACH_ADMINISTERED, SELF_REPORTED
}
