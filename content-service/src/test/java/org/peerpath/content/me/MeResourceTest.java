package org.peerpath.content.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.peerpath.common.testing.OpenApiContract;
import org.peerpath.common.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeResourceTest {

    @Test
    void answersTheEditor() {
        given().header("Authorization", TestTokens.user("erin", "content-editor").bearer())
                .when().get("/v1/me")
                .then().statusCode(200)
                .body("subject", equalTo("erin"))
                .body("roles", contains("content-editor"));
    }

    @Test
    void withoutATokenAnswers401Problem() {
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .when().get("/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://peerpath.dev/problems/unauthenticated"));
    }

    @Test
    void aCoachIsNotAnEditor() {
        given().header("Authorization", TestTokens.user("casey", "peer-specialist").bearer())
                .when().get("/v1/me")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://peerpath.dev/problems/forbidden"));
    }
}
