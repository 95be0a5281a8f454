package org.peerpath.content.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.peerpath.common.testing.OpenApiContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReferenceResourceTest {

    @Test
    void aReferenceResolvesToItsEntry() {
        given().when().get("/v1/refs/technique:grounding").then().statusCode(200)
                .body("kind", equalTo("TECHNIQUE"))
                .body("link", equalTo("/v1/techniques/grounding"));
        given().when().get("/v1/refs/topic:healthy-boundaries").then().statusCode(200)
                .body("title", equalTo("Setting and sustaining healthy boundaries"));
        given().when().get("/v1/refs/strategy:healthy-boundaries.define-your-role-clearly").then().statusCode(200)
                .body("link", equalTo("/v1/topics/healthy-boundaries/items/define-your-role-clearly"));
    }

    @Test
    void anUnknownReferenceIs404() {
        given().when().get("/v1/refs/technique:juggling").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aMalformedReferenceIs400() {
        given().filter(OpenApiContract.requestBreaksContractOnPurpose()).when().get("/v1/refs/not a ref")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("ref"));
    }
}
