package org.peerpath.api.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reports whether content-service answers, without making this service unready: records are still written while the
 * curriculum is down (their references are checked later), so a load balancer must keep sending traffic here.
 */
@Readiness
@ApplicationScoped
public class ContentServiceReadiness implements HealthCheck {

    @Inject
    @RestClient
    ContentServiceClient client;

    @Override
    public HealthCheckResponse call() {
        String state;
        try {
            state = client.readiness().getStatus() == 200 ? "UP" : "DOWN";
        } catch (RuntimeException unreachable) {
            state = "DOWN";
        }
        return HealthCheckResponse.named("content-service").up()
                .withData("contentService", state)
                .withData("effect", state.equals("UP") ? "curriculum references are checked at once"
                        : "writes go on; curriculum references are recorded unverified and checked later")
                .build();
    }
}
