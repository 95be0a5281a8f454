package org.peerpath.model.problem;

import java.net.URI;

/**
 * The kinds of problem the services answer with. Each has a stable {@code type} URI that clients can branch on, and
 * a documented entry (what it means, how to fix the request) that both services serve at {@code /problems/<kind>}.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "The request has invalid fields",
            "A parameter or a field of the body is missing, of the wrong type or outside its documented limits; "
                    + "`errors` lists each one with what is wrong.",
            "Correct each field named in `errors` (a dotted path into the body, or a parameter name) as its "
                    + "message says, within the limits the OpenAPI document gives, and send the request again."),
    MALFORMED_REQUEST(400, "The request body could not be read",
            "The body is not JSON the service can read: invalid syntax, nesting deeper than 32 levels, or a "
                    + "string, number or field name over its limit.",
            "Send well-formed UTF-8 JSON that matches the operation's schema; check that the body is complete and "
                    + "not encoded twice."),
    UNAUTHENTICATED(401, "A valid bearer token is required",
            "No bearer token, or one that is expired, not signed by the agency's identity provider or not meant "
                    + "for this API (audience `peerpath-api`). Signing a note answers it too when the login is older than "
                    + "allowed (`WWW-Authenticate: Bearer error=\"insufficient_user_authentication\"`).",
            "Send `Authorization: Bearer <access token>` with a current token from the agency's identity provider "
                    + "and refresh it before it expires; to sign, send the user through the login page again (`max_age`) "
                    + "and retry with the new token."),
    FORBIDDEN(403, "The caller may not do this",
            "The token is valid but its roles do not allow this operation, for example a participant recording a "
                    + "session or a coach signing someone else's note.",
            "Call with an account or client that has a role the operation allows (its description names them); an "
                    + "agency admin grants roles. Retrying unchanged does not help."),
    NOT_FOUND(404, "No such resource",
            "Nothing at this path in the caller's view: it does not exist, or it belongs to another agency or "
                    + "outside the caller's caseload (the answer never says which).",
            "Check the id and the path; list what the caller may see to find the right id. A record outside the "
                    + "caller's caseload stays 404 for that caller."),
    METHOD_NOT_ALLOWED(405, "The method is not allowed on this resource",
            "The path exists, but not with this HTTP method.",
            "Use a method the OpenAPI document lists for the path."),
    NOT_ACCEPTABLE(406, "No acceptable representation",
            "The `Accept` header names no media type the operation can answer with.",
            "Accept `application/json` (and `application/problem+json` for errors), or the media type the "
                    + "operation documents, such as `application/fhir+json`."),
    CONFLICT(409, "The request conflicts with the current state",
            "The request is valid but collides with the resource's current state, for example signing a note that "
                    + "is already signed.",
            "Read the resource's current state, resolve what `detail` describes, and send a request that fits "
                    + "that state."),
    PRECONDITION_FAILED(412, "The resource changed since it was read",
            "The `If-Match` ETag is not the resource's current one: it changed since you read it.",
            "Read the resource again, apply your change to the current version, and retry with its new ETag."),
    PAYLOAD_TOO_LARGE(413, "The request body is too large",
            "The request body is larger than the limit (1 MB).",
            "Send less in one request: keep text fields within their documented `maxLength` and lists within "
                    + "`maxItems`."),
    UNSUPPORTED_MEDIA_TYPE(415, "The request body has an unsupported media type",
            "The body's `Content-Type` is not one the operation accepts.",
            "Send `Content-Type: application/json` (`application/merge-patch+json` for PATCH), as the operation "
                    + "documents."),
    UNPROCESSABLE(422, "The request cannot be carried out as sent",
            "The request is well-formed but cannot be carried out as sent: an unknown curriculum reference, an "
                    + "`Idempotency-Key` reused with another body, or a rule of the record, such as a note missing what "
                    + "payers require before it is signed.",
            "Change what `detail` and `errors` name and send the request again, with a new `Idempotency-Key` when "
                    + "the body changed."),
    PRECONDITION_REQUIRED(428, "A precondition header is required",
            "A change (PUT, PATCH or DELETE) came without `If-Match`.",
            "Read the resource, and send its `ETag` header's value as `If-Match` with the change."),
    TOO_MANY_REQUESTS(429, "Too many requests",
            "The client sent more requests than its allowance (by default 600 a minute).",
            "Wait the seconds `Retry-After` gives before the next request, and spread requests out (every answer "
                    + "carries `RateLimit-Remaining` and `RateLimit-Reset`)."),
    INTERNAL_ERROR(500, "Something went wrong on our side",
            "The service failed unexpectedly; nothing is known to be wrong with the request. `detail` names an "
                    + "incident id.",
            "Retry later, with the same `Idempotency-Key` for a POST so that it is not carried out twice; if it "
                    + "persists, report the incident id to the agency."),
    SERVICE_UNAVAILABLE(503, "The service is temporarily unavailable",
            "Something the service needs, such as its database, is unavailable for the moment; nothing was changed.",
            "Retry after the seconds `Retry-After` gives, with the same `Idempotency-Key` for a POST.");

    private static final String BASE = "https://peerpath.dev/problems/";

    private final int status;
    private final String title;
    private final String meaning;
    private final String fix;

    ProblemType(int status, String title, String meaning, String fix) {
        this.status = status;
        this.title = title;
        this.meaning = meaning;
        this.fix = fix;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** What an answer of this kind means (Markdown). */
    public String meaning() {
        return meaning;
    }

    /** How a client fixes its request (Markdown). */
    public String fix() {
        return fix;
    }

    /** The last segment of the type URI: {@code validation-failed}. */
    public String kind() {
        return name().toLowerCase().replace('_', '-');
    }

    public URI uri() {
        return URI.create(BASE + kind());
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
