package org.peerpath.content.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(RateLimitTest.FewRequests.class)
class RateLimitTest {

    public static class FewRequests implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("peerpath.rate-limit.requests-per-window", "3",
                    "peerpath.rate-limit.window-seconds", "3600",
                    "peerpath.curriculum.load-seeds-at-start", "false");
        }
    }

    @Test
    void aClientPastItsLimitGets429WithRetryAfter() {
        String client = "203.0.113.7";
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer not-a-token-" + client).when().get("/v1/stages")
                    .then().header("RateLimit-Remaining", equalTo(Integer.toString(2 - i)));
        }
        given().header("Authorization", "Bearer not-a-token-" + client).when().get("/v1/stages")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://peerpath.dev/problems/too-many-requests"))
                .header("Retry-After", matchesPattern("\\d+"))
                .header("RateLimit-Remaining", equalTo("0"));
        // another client keeps its own allowance
        given().header("Authorization", "Bearer another-client").when().get("/v1/stages").then().statusCode(200);
    }
}
