package org.peerpath.common.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.peerpath.common.error.ProblemResponses;
import org.peerpath.model.problem.ProblemType;

import io.vertx.core.http.HttpServerRequest;

/**
 * Limits each client's request rate, answering 429 problem+json with Retry-After past the limit, and tells every
 * client where it stands with the RateLimit-Limit, -Remaining and -Reset headers. A client is its bearer token (a
 * digest of it, so a forged token cannot spend someone else's allowance) or, without one, its address.
 */
public class RateLimitFilters {

    private static final String DECISION = "peerpath.rate-limit";

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimitConfig config;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.enabled()) {
            return null;
        }
        RateLimiter.Decision decision = limiter.acquire(clientOf(request, http), System.currentTimeMillis());
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return null;
        }
        Response problem = ProblemResponses.of(ProblemType.TOO_MANY_REQUESTS, "This client made more than "
                + decision.limit() + " requests in " + config.windowSeconds() + " seconds; retry after "
                + decision.resetSeconds() + " seconds.", http.path(), List.of(),
                Map.of(HttpHeaders.RETRY_AFTER, Long.toString(decision.resetSeconds())));
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        headers(decision).forEach(builder::header);
        return builder.build();
    }

    @ServerResponseFilter
    public void describe(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            headers(decision).forEach(response.getHeaders()::putSingle);
        }
    }

    private static Map<String, Object> headers(RateLimiter.Decision decision) {
        return Map.of("RateLimit-Limit", decision.limit(),
                "RateLimit-Remaining", decision.remaining(),
                "RateLimit-Reset", decision.resetSeconds());
    }

    private static String clientOf(ContainerRequestContext request, HttpServerRequest http) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            return "token:" + sha256(authorization);
        }
        return "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
