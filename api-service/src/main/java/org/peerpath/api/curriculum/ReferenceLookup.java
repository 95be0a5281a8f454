package org.peerpath.api.curriculum;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * One call to content-service, guarded: a short timeout, two quick retries, and a circuit breaker that stops calling
 * for a while once most calls fail, so a curriculum outage never slows the records API down.
 */
@ApplicationScoped
public class ReferenceLookup {

    @Inject
    @RestClient
    ContentServiceClient client;

    /** VERIFIED or UNKNOWN; throws when content-service cannot answer. */
    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 2, delay = 100, delayUnit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Verification lookup(String ref) {
        RestResponse<ContentServiceClient.ReferenceView> response = client.resolve(ref);
        return switch (response.getStatus()) {
            case 200 -> Verification.VERIFIED;
            case 404 -> Verification.UNKNOWN;
            default -> throw new IllegalStateException("content-service answered " + response.getStatus());
        };
    }
}
