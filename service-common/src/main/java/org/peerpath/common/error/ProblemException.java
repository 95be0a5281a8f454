package org.peerpath.common.error;

import java.util.List;
import java.util.Map;

import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.ProblemType;

/**
 * A domain failure that the client caused or must know about. Services throw it (or a subclass); {@link ProblemMappers}
 * turns it into {@code application/problem+json}. The detail is shown to clients: it must never hold personal data.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        this(type, detail, errors, Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** A single bad field: a 400 validation problem naming it. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, "The field '" + field + "' is invalid.",
                List.of(new FieldError(field, message)));
    }
}
