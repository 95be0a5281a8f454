package org.peerpath.content.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerpath.common.testing.OpenApiContract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SearchResourceTest {

    @Test
    void aTopicsSubjectRanksThatTopicFirst() {
        JsonPath hits = search("healthy boundaries");
        assertThat(hits.getString("items[0].ref")).startsWith("topic:healthy-boundaries");
        assertThat(hits.getString("items[0].snippet")).contains("<mark>");
        assertThat(hits.getString("items[0].link")).isEqualTo("/v1/topics/healthy-boundaries");
    }

    @Test
    void aMisspelledTechniqueStillFindsIt() {
        List<String> refs = given().queryParam("q", "groundng").queryParam("kind", "TECHNIQUE")
                .when().get("/v1/search").then().statusCode(200).extract().jsonPath().getList("items.ref");
        assertThat(refs).contains("technique:grounding");
    }

    @Test
    void aSynonymTheDocumentsDefineFindsTheContent() {
        // 000, topic 3: "recurrence of use (also known as relapse)"; the topic's title says only "re-occurrence"
        List<String> refs = given().queryParam("q", "relapse").queryParam("kind", "TOPIC")
                .when().get("/v1/search").then().statusCode(200).extract().jsonPath().getList("items.ref");
        assertThat(refs).first().isEqualTo("topic:recurrence-and-resilience");
    }

    @Test
    void phrasesAndFiltersNarrowTheHits() {
        JsonPath hits = given().queryParam("q", "\"reflective listening\"").queryParam("topic", "crisis-and-de-escalation")
                .when().get("/v1/search").then().statusCode(200).extract().jsonPath();
        assertThat(hits.getList("items.topic", String.class)).isNotEmpty()
                .allMatch(topic -> topic == null || topic.equals("crisis-and-de-escalation"));
        given().queryParam("q", "listening").queryParam("stage", "connecting").queryParam("kind", "TECHNIQUE")
                .when().get("/v1/search").then().statusCode(200)
                .body("items.ref", hasItem("technique:reflective-listening"));
    }

    @Test
    void pagesContinueWithTheCursor() {
        JsonPath first = given().queryParam("q", "support").queryParam("limit", 3).when().get("/v1/search")
                .then().statusCode(200).header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .extract().jsonPath();
        JsonPath second = given().queryParam("q", "support").queryParam("limit", 3)
                .queryParam("cursor", first.getString("nextCursor")).when().get("/v1/search")
                .then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.ref")).hasSize(3).doesNotContainAnyElementsOf(first.getList("items.ref"));
    }

    @Test
    void anEmptyQueryIsAClearProblem() {
        given().filter(OpenApiContract.requestBreaksContractOnPurpose()).queryParam("q", "  ")
                .when().get("/v1/search").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", equalTo("must not be empty"));
    }

    @Test
    void anOversizedQueryIsAClearProblem() {
        given().filter(OpenApiContract.requestBreaksContractOnPurpose()).queryParam("q", "x".repeat(201))
                .when().get("/v1/search").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void anUnknownKindIsAClearProblem() {
        given().filter(OpenApiContract.requestBreaksContractOnPurpose()).queryParam("q", "listening")
                .queryParam("kind", "SPELL").when().get("/v1/search").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
    }

    private static JsonPath search(String q) {
        return given().queryParam("q", q).when().get("/v1/search").then().statusCode(200).extract().jsonPath();
    }
}
