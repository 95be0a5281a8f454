package org.peerpath.api.curriculum;

/** The shape of curriculum slugs (lower-case words joined by hyphens, optionally prefixed, e.g. technique:oars). */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(?:[-:][a-z0-9]+)*$";
    public static final String MESSAGE = "must be a curriculum slug such as 'oars' or 'healthy-boundaries'";

    private Slugs() {
    }
}
