package org.peerpath.api.me;

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
    void answersTheCallerFromTheToken() {
        given().header("Authorization", TestTokens.user("casey", "peer-specialist").claim("credentials", "CPRS").bearer())
                .when().get("/v1/me")
                .then().statusCode(200)
                .body("subject", equalTo("casey"))
                .body("organization", equalTo(TestTokens.DEMO_AGENCY))
                .body("roles", contains("peer-specialist"))
                .body("credentials", equalTo("CPRS"));
    }

    @Test
    void withoutATokenAnswers401Problem() {
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .when().get("/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://peerpath.dev/problems/unauthenticated"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/v1/me"));
    }

    @Test
    void withAForgedTokenAnswers401Problem() {
        String token = TestTokens.user("casey", "peer-specialist").sign();
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().header("Authorization", "Bearer " + tampered)
                .when().get("/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://peerpath.dev/problems/unauthenticated"));
    }

    @Test
    void withATokenForAnotherAudienceAnswers401() {
        given().header("Authorization",
                TestTokens.user("casey", "peer-specialist").audience("some-other-api").bearer())
                .when().get("/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void withoutAnAllowedRoleAnswers403Problem() {
        given().header("Authorization", TestTokens.user("erin", "content-editor").bearer())
                .when().get("/v1/me")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://peerpath.dev/problems/forbidden"));
    }

    @Test
    void aTokenWithoutAnAgencyIsRefused() {
        given().header("Authorization", TestTokens.user("casey", "peer-specialist").organization("").bearer())
                .when().get("/v1/me")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("The token names no organization (claim 'org'); records are kept per agency."));
    }
}
