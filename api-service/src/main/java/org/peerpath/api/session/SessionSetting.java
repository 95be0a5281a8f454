package org.peerpath.api.session;

/** Where the session took place (place of service). */
public enum SessionSetting {
    OFFICE, COMMUNITY, HOME, RESIDENTIAL, HOSPITAL, CORRECTIONAL, SCHOOL, REMOTE, OTHER
}
