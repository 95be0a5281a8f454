package org.peerpath.api.common.openapi;

/** Tag names of the records API, in the order Swagger UI shows them. */
public final class ApiTags {

    public static final String CALLER = "Caller";

    private ApiTags() {
    }
}
