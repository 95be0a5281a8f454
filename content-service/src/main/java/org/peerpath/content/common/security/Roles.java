package org.peerpath.content.common.security;

/** The one role of the curriculum service: reads are public, writes need this. */
public final class Roles {

    public static final String CONTENT_EDITOR = "content-editor";

    private Roles() {
    }
}
