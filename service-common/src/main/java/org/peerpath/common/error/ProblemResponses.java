package org.peerpath.common.error;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.Problem;
import org.peerpath.model.problem.ProblemType;

/** Builds problem+json responses; the only place that does, so every error has one shape. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, List.of(), Map.of());
    }

    public static Response of(ProblemType type, String detail, String instance, List<FieldError> errors,
            Map<String, String> headers) {
        Problem body = new Problem(type.uri().toString(), type.title(), type.status(), detail, instance, errors);
        Response.ResponseBuilder builder = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(body);
        headers.forEach(builder::header);
        if (type == ProblemType.UNAUTHENTICATED && !headers.containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }
}
