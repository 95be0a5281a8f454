package org.peerpath.api.common.http;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.peerpath.common.error.ProblemMappers;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.vertx.core.http.HttpServerRequest;

/**
 * Quarkus maps a body field of the wrong type or an unknown enum value ({@link MismatchedInputException}) with a
 * built-in mapper of its own, whose body is not problem+json and quotes the rejected value. This mapper, more
 * specific than the shared {@code JsonProcessingException} one, hands such errors to the shared mapper family.
 */
public class JsonInputMappers {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException exception, HttpServerRequest request) {
        return problems.unreadableJson(exception, request);
    }
}
