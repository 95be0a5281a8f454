package org.peerpath.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peerpath.api.testing.Agency;
import org.peerpath.model.problem.ProblemType;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * A request that cannot get a database connection (the pool exhausted under load) answers 503 with Retry-After, not
 * 500: it changed nothing and can be retried. The pool here holds two connections, which the test takes.
 */
@QuarkusTest
@TestProfile(DatabaseBusyTest.OneConnection.class)
class DatabaseBusyTest {

    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // two, the fewest Flyway can migrate with
            return Map.of("quarkus.datasource.jdbc.max-size", "2",
                    "quarkus.datasource.jdbc.acquisition-timeout", "PT0.2S",
                    "quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRequestThatGetsNoConnectionAnswers503WithRetryAfter() throws SQLException {
        String coach = Agency.demo().coach();
        given().header("Authorization", coach).when().get("/v1/caseload").then().statusCode(200);

        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            given().header("Authorization", coach).when().get("/v1/caseload")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo(ProblemType.SERVICE_UNAVAILABLE.uri().toString()));
        }

        given().header("Authorization", coach).when().get("/v1/caseload").then().statusCode(200);
    }
}
