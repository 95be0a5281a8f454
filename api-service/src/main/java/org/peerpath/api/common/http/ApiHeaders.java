package org.peerpath.api.common.http;

/** Header and media type names of the records API's conventions (DESIGN.md section 6). */
public final class ApiHeaders {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    public static final String IF_MATCH = "If-Match";
    public static final String ETAG = "ETag";
    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private ApiHeaders() {
    }
}
