package org.peerpath.content.common.openapi;

/** Tag names of the curriculum API, in the order Swagger UI shows them. */
public final class ContentTags {

    public static final String CALLER = "Caller";

    private ContentTags() {
    }
}
