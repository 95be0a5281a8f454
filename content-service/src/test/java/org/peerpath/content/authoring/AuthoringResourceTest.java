package org.peerpath.content.authoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerpath.common.testing.OpenApiContract;
import org.peerpath.common.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class AuthoringResourceTest {

    private static final String EDITOR = TestTokens.user("erin", "content-editor").bearer();

    @Test
    void aDraftIsInvisibleToReadersUntilItIsPublished() {
        String topic = newPublishedTopic();
        String section = "guide-" + suffix();
        publish(create(Map.of("kind", "SECTION", "slug", section, "topic", topic,
                "content", Map.of("title", "Guide", "sectionKind", "GUIDE"))));
        Response item = create(Map.of("kind", "STRATEGY", "slug", "say-no-kindly", "topic", topic, "section", section,
                "content", Map.of("title", "Say No Kindly", "points", List.of("Use the three steps of a gentle refusal."),
                        "techniques", List.of("gentle-refusal"))));
        assertThat(item.jsonPath().getBoolean("draftPending")).isTrue();
        given().when().get("/v1/topics/" + topic + "/items/say-no-kindly").then().statusCode(404);

        publish(item);

        given().when().get("/v1/topics/" + topic + "/items/say-no-kindly").then().statusCode(200)
                .body("points", contains("Use the three steps of a gentle refusal."))
                .body("kind", equalTo("STRATEGY"));
        given().when().get("/v1/topics/" + topic).then().statusCode(200)
                .body("sections[0].items.slug", contains("say-no-kindly"));
    }

    @Test
    void everyChangeNeedsTheCurrentIfMatch() {
        Response created = create(topicRequest("topic-" + suffix()));
        String ref = created.jsonPath().getString("ref");
        editor().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .contentType("application/json").body(Map.of("content", topicContent("Changed")))
                .when().put("/v1/entries/" + ref + "/draft")
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://peerpath.dev/problems/precondition-required"));
        String etag = created.header("ETag");
        String next = editor().header("If-Match", etag).contentType("application/json")
                .body(Map.of("content", topicContent("Changed once"))).when().put("/v1/entries/" + ref + "/draft")
                .then().statusCode(200).extract().header("ETag");
        assertThat(next).isNotEqualTo(etag);
        editor().header("If-Match", etag).contentType("application/json")
                .body(Map.of("content", topicContent("Changed twice"))).when().put("/v1/entries/" + ref + "/draft")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://peerpath.dev/problems/precondition-failed"));
    }

    @Test
    void theHistoryKeepsEverySavedRevision() {
        Response created = create(topicRequest("topic-" + suffix()));
        String ref = created.jsonPath().getString("ref");
        String etag = saveDraft(ref, created.header("ETag"), "Second");
        etag = saveDraft(ref, etag, "Third");
        editor().header("If-Match", etag).when().post("/v1/entries/" + ref + "/publish").then().statusCode(200)
                .body("publishedRevision", equalTo(3)).body("draftPending", equalTo(false));

        editor().when().get("/v1/entries/" + ref + "/revisions").then().statusCode(200)
                .body("items.revision", contains(3, 2, 1))
                .body("items.status", contains("PUBLISHED", "SUPERSEDED", "SUPERSEDED"))
                .body("items.author", hasItem("erin"));
        editor().when().get("/v1/entries/" + ref + "/revisions/1").then().statusCode(200)
                .body("content.title", equalTo("A topic for testing"));
    }

    @Test
    void publishingTwiceIsAConflict() {
        Response created = create(topicRequest("topic-" + suffix()));
        Response published = publish(created);
        editor().header("If-Match", published.header("ETag"))
                .when().post("/v1/entries/" + created.jsonPath().getString("ref") + "/publish")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void contentMustFitItsKind() {
        editor().filter(OpenApiContract.requestBreaksContractOnPurpose()).contentType("application/json")
                .body(Map.of("kind", "TOPIC", "slug", "x-" + suffix(),
                        "content", Map.of("title", "No summary", "scenario", "does not belong")))
                .when().post("/v1/entries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("content.summary", "content.scenario"));
    }

    @Test
    void malformedOrMistypedBodiesAreClearProblems() {
        editor().filter(OpenApiContract.requestBreaksContractOnPurpose()).contentType("application/json")
                .body("{\"kind\": \"TOPIC\", ").when().post("/v1/entries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://peerpath.dev/problems/malformed-request"));
        editor().filter(OpenApiContract.requestBreaksContractOnPurpose()).contentType("application/json")
                .body("{\"kind\": \"TOPIC\", \"slug\": \"x\", \"content\": {\"title\": \"T\", \"number\": \"one\"}}")
                .when().post("/v1/entries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("content.number"));
        editor().filter(OpenApiContract.requestBreaksContractOnPurpose()).contentType("text/plain").body("hello")
                .when().post("/v1/entries")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void onlyEditorsMayAuthor() {
        given().header("Authorization", TestTokens.user("casey", "peer-specialist").bearer())
                .contentType("application/json").body(topicRequest("topic-" + suffix()))
                .when().post("/v1/entries").then().statusCode(403).contentType("application/problem+json");
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .contentType("application/json").body(topicRequest("topic-" + suffix()))
                .when().post("/v1/entries").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void publishingChangesWhatReadersSeeAndTheirEtag() {
        String topic = newPublishedTopic();
        Response read = given().when().get("/v1/topics/" + topic).then().statusCode(200).extract().response();
        String ref = "topic:" + topic;
        Response state = editor().when().get("/v1/entries/" + ref).then().statusCode(200).extract().response();
        String etag = saveDraft(ref, state.header("ETag"), "Renamed topic");
        given().when().get("/v1/topics/" + topic).then().statusCode(200).body("title", equalTo("A topic for testing"));
        editor().header("If-Match", etag).when().post("/v1/entries/" + ref + "/publish").then().statusCode(200);
        given().header("If-None-Match", read.header("ETag")).when().get("/v1/topics/" + topic)
                .then().statusCode(200).body("title", equalTo("Renamed topic"))
                .header("ETag", startsWith("\"c"));
    }

    private String newPublishedTopic() {
        String slug = "topic-" + suffix();
        publish(create(topicRequest(slug)));
        return slug;
    }

    private static Map<String, Object> topicRequest(String slug) {
        return Map.of("kind", "TOPIC", "slug", slug, "content", topicContent("A topic for testing"));
    }

    private static Map<String, Object> topicContent(String title) {
        return Map.of("title", title, "summary", "Written by the authoring tests.");
    }

    private static Response create(Map<String, Object> request) {
        return editor().contentType("application/json").body(request).when().post("/v1/entries")
                .then().statusCode(201).extract().response();
    }

    private static Response publish(Response entry) {
        return editor().header("If-Match", entry.header("ETag"))
                .when().post("/v1/entries/" + entry.jsonPath().getString("ref") + "/publish")
                .then().statusCode(200).extract().response();
    }

    private static String saveDraft(String ref, String etag, String title) {
        return editor().header("If-Match", etag).contentType("application/json")
                .body(Map.of("content", topicContent(title))).when().put("/v1/entries/" + ref + "/draft")
                .then().statusCode(200).extract().header("ETag");
    }

    private static RequestSpecification editor() {
        return given().header("Authorization", EDITOR);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
