package org.peerpath.model.problem;

import java.net.URI;

/**
 * The kinds of problem the services answer with. Each has a stable {@code type} URI that clients can branch on.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "The request has invalid fields"),
    MALFORMED_REQUEST(400, "The request body could not be read"),
    UNAUTHENTICATED(401, "A valid bearer token is required"),
    FORBIDDEN(403, "The caller may not do this"),
    NOT_FOUND(404, "No such resource"),
    METHOD_NOT_ALLOWED(405, "The method is not allowed on this resource"),
    NOT_ACCEPTABLE(406, "No acceptable representation"),
    CONFLICT(409, "The request conflicts with the current state"),
    PRECONDITION_FAILED(412, "The resource changed since it was read"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "The request body has an unsupported media type"),
    UNPROCESSABLE(422, "The request cannot be carried out as sent"),
    PRECONDITION_REQUIRED(428, "A precondition header is required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL_ERROR(500, "Something went wrong on our side"),
    SERVICE_UNAVAILABLE(503, "The service is temporarily unavailable");

    private static final String BASE = "https://peerpath.dev/problems/";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(BASE + name().toLowerCase().replace('_', '-'));
    }

    /** The problem type usual for an HTTP status; {@code INTERNAL_ERROR} for a status without one. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_REQUEST) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : UNPROCESSABLE;
    }
}
