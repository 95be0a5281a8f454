package org.peerpath.api.common.openapi;

/** Descriptions shared by the operations' parameters and responses, so each convention reads the same everywhere. */
public final class ApiDocs {

    public static final String IDEMPOTENCY_KEY = "A unique key per intended request (a UUID is fine). A retry with "
            + "the same key and body returns the first answer instead of creating a second record; the same key with "
            + "another body is a 422.";
    public static final String IF_MATCH = "The ETag of the version you read; the change is refused with 412 when the "
            + "resource changed since, and with 428 without it.";
    public static final String ETAG = "The version of the resource; send it back in If-Match to change it.";
    public static final String NOT_FOUND = "No such record in the caller's organization and scope (also answered "
            + "for records the caller may not see).";
    public static final String PRECONDITION_FAILED = "The resource changed since it was read (If-Match does not match).";
    public static final String PRECONDITION_REQUIRED = "If-Match is missing.";
    public static final String IDEMPOTENCY_MISMATCH = "The Idempotency-Key was used with a different request.";

    private ApiDocs() {
    }
}
