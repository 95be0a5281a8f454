package org.peerpath.api.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service without its scheduled jobs (webhook delivery, bulk export), for tests that count every SQL statement
 * the service prepares, or that run a job's step themselves to play a second replica.
 */
public class NoScheduledJobs implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.scheduler.enabled", "false");
    }
}
