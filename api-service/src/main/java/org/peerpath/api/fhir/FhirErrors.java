package org.peerpath.api.fhir;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.error.ProblemMappers;
import org.peerpath.model.problem.ProblemType;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Errors under {@code /fhir/r4} leave as FHIR OperationOutcomes; everywhere else the shared problem+json mappers
 * answer, unchanged (these mappers take precedence and hand other paths to them).
 */
public class FhirErrors {

    private static final Logger LOG = Logger.getLogger(FhirErrors.class);
    private static final int PRIORITY = Priorities.USER - 100;

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper(priority = PRIORITY)
    public Response fhir(FhirException exception) {
        return outcome(exception.status(), exception.issueType(), exception.getMessage(), Map.of());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response problem(ProblemException exception, HttpServerRequest request) {
        if (!Fhir.isFhirPath(request.path())) {
            return problems.problem(exception, request);
        }
        return outcome(exception.type().status(), issueType(exception.type()), exception.getMessage(),
                exception.headers());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response constraintViolation(ConstraintViolationException exception, HttpServerRequest request) {
        if (!Fhir.isFhirPath(request.path())) {
            return problems.constraintViolation(exception, request);
        }
        return outcome(400, IssueType.INVALID, "A search parameter or id is not valid: "
                + exception.getConstraintViolations().size() + " problem(s).", Map.of());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthenticated(UnauthorizedException exception, HttpServerRequest request) {
        if (!Fhir.isFhirPath(request.path())) {
            return problems.unauthenticated(exception, request);
        }
        return outcome(401, IssueType.LOGIN, "A valid bearer token is required.",
                Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response authenticationFailed(AuthenticationFailedException exception, HttpServerRequest request) {
        if (!Fhir.isFhirPath(request.path())) {
            return problems.authenticationFailed(exception, request);
        }
        return outcome(401, IssueType.LOGIN, "The bearer token is missing, expired or not valid for this service.",
                Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException exception, HttpServerRequest request) {
        if (!Fhir.isFhirPath(request.path())) {
            return problems.forbidden(exception, request);
        }
        return outcome(403, IssueType.FORBIDDEN, "The caller's roles do not allow this (role ehr-client needed).",
                Map.of());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response webApplication(WebApplicationException exception, HttpServerRequest request) {
        if (!Fhir.isFhirPath(request.path())) {
            return problems.webApplication(exception, request);
        }
        if (ProblemMappers.isUnconvertibleParameter(exception)) {
            return outcome(400, IssueType.INVALID, "A search parameter or id does not have the documented type.",
                    Map.of());
        }
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(exception, request);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "This server supports no such FHIR interaction: " + request.path()
                    + " (see the CapabilityStatement at " + Fhir.BASE_PATH + "/metadata).";
            case METHOD_NOT_ALLOWED -> "This FHIR server is read-only; " + request.method() + " is not supported.";
            case NOT_ACCEPTABLE -> "This server answers in application/fhir+json only.";
            default -> type.title() + ".";
        };
        String allow = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return outcome(status, issueType(type), detail, allow == null ? Map.of() : Map.of(HttpHeaders.ALLOW, allow));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unexpected(Throwable exception, HttpServerRequest request) {
        if (!Fhir.isFhirPath(request.path())) {
            return problems.unexpected(exception, request);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf("Unexpected FHIR failure, incident %s, %s %s: %s", incident, request.method(), request.path(),
                exception.getClass().getName());
        return outcome(500, IssueType.EXCEPTION, "The request failed on our side. Quote incident " + incident
                + " when you report it.", Map.of());
    }

    static Response outcome(int status, IssueType type, String diagnostics, Map<String, String> headers) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(status >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR).setCode(type)
                .setDiagnostics(diagnostics);
        Response.ResponseBuilder builder = Response.status(status).type(Fhir.JSON).entity(Fhir.encode(outcome));
        headers.forEach(builder::header);
        return builder.build();
    }

    private static IssueType issueType(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> IssueType.NOTFOUND;
            case UNAUTHENTICATED -> IssueType.LOGIN;
            case FORBIDDEN -> IssueType.FORBIDDEN;
            case VALIDATION_FAILED, MALFORMED_REQUEST -> IssueType.INVALID;
            case CONFLICT, PRECONDITION_FAILED -> IssueType.CONFLICT;
            case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE, METHOD_NOT_ALLOWED -> IssueType.NOTSUPPORTED;
            case TOO_MANY_REQUESTS -> IssueType.THROTTLED;
            case SERVICE_UNAVAILABLE -> IssueType.TRANSIENT;
            default -> IssueType.PROCESSING;
        };
    }
}
