package org.peerpath.model.problem;

/**
 * One wrong field of a request.
 *
 * @param field   where the value was: a JSON pointer-like dotted path into the body ({@code goals[0].targetDate}),
 *                or the name of a query, path or header parameter
 * @param message what is wrong with it, in plain words
 */
public record FieldError(String field, String message) {
}
