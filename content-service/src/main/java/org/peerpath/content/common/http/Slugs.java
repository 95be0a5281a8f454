package org.peerpath.content.common.http;

/** The syntax of slugs in paths and filters. */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String MESSAGE = "must be a slug: lower-case letters, digits and single hyphens";
    public static final int MAX_LENGTH = 100;

    private Slugs() {
    }
}
