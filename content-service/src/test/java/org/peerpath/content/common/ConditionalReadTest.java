package org.peerpath.content.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConditionalReadTest {

    @Test
    void readsCarryAStrongEtagAndCachingHeaders() {
        given().when().get("/v1/stages/connecting").then().statusCode(200)
                .header("ETag", matchesPattern("^\"c\\d+-[0-9a-f]{20}\"$"))
                .header("Cache-Control", equalTo("public, max-age=300, stale-while-revalidate=60"))
                .header("Content-Language", equalTo("en"))
                .header("Vary", equalTo("Accept-Language"));
    }

    @Test
    void aMatchingIfNoneMatchAnswers304WithoutABody() {
        String etag = given().when().get("/v1/topics/goal-setting").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/v1/topics/goal-setting")
                .then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
        given().header("If-None-Match", "\"c0-stale\"").when().get("/v1/topics/goal-setting").then().statusCode(200);
    }

    @Test
    void differentReadsHaveDifferentEtags() {
        String topic = given().get("/v1/topics/goal-setting").header("ETag");
        String other = given().get("/v1/topics/harm-reduction").header("ETag");
        org.assertj.core.api.Assertions.assertThat(topic).isNotEqualTo(other);
    }

    @Test
    void anUnavailableLanguageFallsBackToEnglish() {
        given().header("Accept-Language", "fr-CA, de;q=0.8").when().get("/v1/stages/connecting")
                .then().statusCode(200).header("Content-Language", equalTo("en"));
    }
}
