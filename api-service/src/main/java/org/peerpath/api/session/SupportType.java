package org.peerpath.api.session;

/** The four types of peer support. */
public enum SupportType {
    EMOTIONAL, INFORMATIONAL, INSTRUMENTAL, AFFILIATIONAL
}
