package org.peerpath.model.problem;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error answer of both services ({@code application/problem+json}).
 *
 * @param type     a stable URI naming the kind of problem; clients branch on it, never on {@code title}
 * @param title    a short, human-readable summary of the kind of problem
 * @param status   the HTTP status code
 * @param detail   what went wrong in this occurrence, in plain words
 * @param instance the request path this occurrence happened at
 * @param errors   for validation problems, each field that was wrong; empty otherwise
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
