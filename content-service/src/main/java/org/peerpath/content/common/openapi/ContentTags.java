package org.peerpath.content.common.openapi;

/** Tag names of the curriculum API, in the order Swagger UI shows them. */
public final class ContentTags {

    public static final String TOPICS = "Topics";
    public static final String PROCESS = "Peer support process";
    public static final String TECHNIQUES = "Techniques";
    public static final String SEARCH = "Search";
    public static final String AUTHORING = "Authoring";
    public static final String CALLER = "Caller";

    private ContentTags() {
    }
}
