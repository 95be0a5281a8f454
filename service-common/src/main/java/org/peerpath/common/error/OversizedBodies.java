package org.peerpath.common.error;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peerpath.model.problem.Problem;
import org.peerpath.model.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a body whose Content-Length is over {@code quarkus.http.limits.max-body-size} as problem+json. Quarkus's own
 * check, one step later, answers an empty 413 before any resource or exception mapper runs. A chunked body that grows
 * over the limit is stopped while it is read, and its 413 goes through {@link ProblemMappers}.
 */
@ApplicationScoped
public class OversizedBodies {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> limit;

    void register(@Observes Router router) {
        if (limit.isPresent()) {
            router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
        }
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) <= limit.get().asLongValue()) {
            context.next();
            return;
        }
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(type.uri().toString(), type.title(), type.status(),
                "The request body exceeds the size limit of " + limit.get().asLongValue() + " bytes.",
                context.request().path(), List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            context.next();
            return;
        }
        // The unread body is not drained: the connection closes after the answer.
        context.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
