package org.peerpath.common.error;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.DataException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * The one exception mapper family of both services: every error leaves as RFC 9457 problem+json. Bodies never carry
 * stack traces, Java class names or the rejected values (they may be personal data).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** SQLSTATE character_not_in_repertoire: PostgreSQL's answer to a NUL character in text. */
    private static final String UNSTORABLE_TEXT = "22021";
    private static final int MAX_LISTED_ERRORS = 100;

    @ServerExceptionMapper
    public Response problem(ProblemException exception, HttpServerRequest request) {
        return ProblemResponses.of(exception.type(), exception.getMessage(), request.path(), exception.errors(),
                exception.headers());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, HttpServerRequest request) {
        boolean returnValueViolated = exception.getConstraintViolations().stream()
                .anyMatch(violation -> hasNode(violation.getPropertyPath(), ElementKind.RETURN_VALUE));
        if (returnValueViolated) {
            return unexpected(exception, request);
        }
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String detail = errors.size() == 1 ? "One field is invalid." : errors.size() + " fields are invalid.";
        if (errors.size() > MAX_LISTED_ERRORS) {
            // A list of thousands of bad items would make the answer bigger than the request; the first ones do.
            detail += " The first " + MAX_LISTED_ERRORS + " are listed.";
            errors = errors.subList(0, MAX_LISTED_ERRORS);
        }
        return ProblemResponses.of(ProblemType.VALIDATION_FAILED, detail, request.path(), errors, Map.of());
    }

    /** Listed one by one because Quarkus brings mappers for some of these subtypes, which ours must replace. */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class })
    public Response unreadableJson(JsonProcessingException exception, HttpServerRequest request) {
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            return ProblemResponses.of(ProblemType.VALIDATION_FAILED, "The field '" + field + "' has the wrong type.",
                    request.path(), List.of(new FieldError(field, "has the wrong type or format")), Map.of());
        }
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, "The request body is not well-formed JSON.",
                request.path());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException exception, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.UNAUTHENTICATED,
                "This operation needs a valid bearer token in the Authorization header.", request.path());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException exception, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.UNAUTHENTICATED,
                "The bearer token is missing, expired or not valid for this service.", request.path());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "The caller's roles do not allow this operation.",
                request.path());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, HttpServerRequest request) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, request);
        }
        if (isUnconvertibleParameter(exception)) {
            return ProblemResponses.of(ProblemType.VALIDATION_FAILED,
                    "A path or query parameter does not have the documented type or format.", request.path());
        }
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(exception, request);
        }
        ProblemType type = ProblemType.forStatus(status);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        Map<String, String> headers = allow == null ? Map.of() : Map.of(HttpHeaders.ALLOW, allow);
        return ProblemResponses.of(type, detailFor(type, request), request.path(), List.of(), headers);
    }

    /**
     * JAX-RS answers 404 when a path or query parameter cannot be converted (a UUID that is not one, a number that is
     * text), but it is the client's input that is wrong, not the address: that is a 400. A 404 for an unmatched route
     * has no cause.
     */
    public static boolean isUnconvertibleParameter(WebApplicationException exception) {
        return exception instanceof NotFoundException && exception.getCause() != null
                && !(exception.getCause() instanceof WebApplicationException);
    }

    @ServerExceptionMapper({ JDBCConnectionException.class, SQLTransientConnectionException.class })
    public Response databaseUnavailable(Exception exception, HttpServerRequest request) {
        return noDatabaseConnection(exception, request);
    }

    /**
     * Text PostgreSQL cannot store (a NUL character, SQLSTATE 22021) is the client's input, and no validation
     * annotation rules it out. Other data errors (a value too long for its column) stay 500s: they mean a request
     * field lacks its limit, which is our bug to fix.
     */
    @ServerExceptionMapper({ DataException.class, PersistenceException.class })
    public Response persistence(Exception exception, HttpServerRequest request) {
        if (DatabaseFailures.hasSqlState(exception, UNSTORABLE_TEXT)) {
            return ProblemResponses.of(ProblemType.VALIDATION_FAILED,
                    "A text value holds a character that cannot be stored, such as NUL.", request.path());
        }
        return unexpected(exception, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, HttpServerRequest request) {
        // Not a mapper of its own: a JDBCException one would outrank the FHIR mappers' (they handle Throwable).
        if (DatabaseFailures.noConnection(exception)) {
            return noDatabaseConnection(exception, request);
        }
        String incident = UUID.randomUUID().toString();
        // Messages of persistence and parsing errors can quote personal data, so only types and frames are logged.
        LOG.errorf("Unexpected failure, incident %s, %s %s: %s", incident, request.method(), request.path(),
                SafeThrowables.describe(exception));
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR,
                "The request failed on our side. Quote incident " + incident + " when you report it.", request.path());
    }

    private static Response noDatabaseConnection(Throwable exception, HttpServerRequest request) {
        LOG.warnf("Database unavailable: %s", exception.getClass().getSimpleName());
        return ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE,
                "The database is not reachable right now. Retry shortly; nothing was changed.", request.path(),
                List.of(), Map.of(HttpHeaders.RETRY_AFTER, "5"));
    }

    private static String detailFor(ProblemType type, HttpServerRequest request) {
        return switch (type) {
            case NOT_FOUND -> "Nothing is served at " + request.path() + ".";
            case METHOD_NOT_ALLOWED -> request.method() + " is not allowed on " + request.path() + ".";
            case UNSUPPORTED_MEDIA_TYPE -> "The Content-Type of the request is not accepted by this operation.";
            case NOT_ACCEPTABLE -> "This operation cannot answer in any of the media types the Accept header lists.";
            case PAYLOAD_TOO_LARGE -> "The request body exceeds the size limit.";
            default -> type.title() + ".";
        };
    }

    private static boolean hasNode(Path path, ElementKind kind) {
        for (Path.Node node : path) {
            if (node.getKind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client's name for the violated value: the path below the method parameter for a body field
     * ({@code goals[0].targetDate}, {@code techniques[1]}), or the parameter's own name for a query, path or header
     * parameter. Bean Validation puts an element's index on the node after the collection, so it is written onto the
     * collection's name; container-element nodes ({@code <list element>}) add nothing else.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT, BEAN -> {
                    if (node.isInIterable() && !parts.isEmpty()) {
                        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                        if (position != null) {
                            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + position + "]");
                        }
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        parts.add(node.getName());
                    }
                }
                default -> {
                }
            }
        }
        if (!parts.isEmpty()) {
            return String.join(".", parts);
        }
        return parameter != null ? parameter : "request";
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
