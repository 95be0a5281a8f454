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

    @Test
    void aLongQuestionStillFindsTheBestPartialMatches() {
        // Every word had to match before: this question found nothing although the topic answers it.
        JsonPath hits = given().queryParam("q", "what should I say when my peer used again after six months sober")
                .queryParam("mode", "LEXICAL").when().get("/v1/search").then().statusCode(200).extract().jsonPath();
        assertThat(hits.getList("items.ref", String.class)).isNotEmpty()
                .anyMatch(ref -> ref.contains("recurrence-and-resilience"));
    }

    @Test
    void aQuestionSharingNoWordWithTheAnswerFindsItByMeaning() {
        JsonPath hits = given().queryParam("q", "my peer cannot fall asleep").queryParam("mode", "SEMANTIC")
                .when().get("/v1/search").then().statusCode(200).extract().jsonPath();
        assertThat(hits.getList("items.ref", String.class).subList(0, 3))
                .contains("practice:wellness-practices.sleep-and-rest-techniques-for-recovery-and-resilience");
        assertThat(hits.getBoolean("items[0].matchedByMeaning")).isTrue();
        assertThat(hits.getList("items[0].matchedWords")).isEmpty();
    }

    @Test
    void eachHitSaysWhichWordsMatched() {
        JsonPath hits = given().queryParam("q", "box breathing").queryParam("mode", "LEXICAL")
                .when().get("/v1/search").then().statusCode(200).extract().jsonPath();
        assertThat(hits.getString("items[0].ref")).isEqualTo("technique:box-breathing");
        assertThat(hits.getList("items[0].matchedWords", String.class)).contains("box", "breathing");
        assertThat(hits.getBoolean("items[0].matchedByMeaning")).isFalse();
    }

    @Test
    void stigmatizingWordsAreMatchedButShownInPersonFirstLanguage() {
        JsonPath hits = search("relapse");
        List<String> shown = hits.getList("items.matchedWords.flatten()", String.class);
        assertThat(shown).isNotEmpty().doesNotContain("relapse").contains("recurrence of use");
        // A lapse is its own subject: never explained as a relapse.
        assertThat(search("my peer had a lapse").getList("items.matchedWords.flatten()", String.class))
                .doesNotContain("relapse", "recurrence of use");
    }

    @Test
    void theFieldsVocabularyFindsHarmReduction() {
        assertThat(search("Narcan").getList("items.ref", String.class).subList(0, 3))
                .anyMatch(ref -> ref.contains("harm-reduction"));
        assertThat(search("clean needles").getList("items.matchedWords.flatten()", String.class))
                .doesNotContain("clean needles");
    }

    @Test
    void aCrisisQuestionPutsTheSafetyStepsFirst() {
        assertThat(search("my peer overdosed and is not breathing").getString("items[0].ref"))
                .isEqualTo("strategy:crisis-and-de-escalation.know-when-to-involve-professionals");
    }

    @Test
    void overviewsAreSearchableAndSupportTypesFilter() {
        assertThat(given().queryParam("q", "how to build your support network").queryParam("kind", "OVERVIEW")
                .when().get("/v1/search").then().statusCode(200).extract().jsonPath().getString("items[0].ref"))
                .isEqualTo("overview:support-types");
        List<String> refs = given().queryParam("q", "transportation").queryParam("supportType", "instrumental")
                .when().get("/v1/search").then().statusCode(200).extract().jsonPath().getList("items.ref");
        assertThat(refs).containsExactly("support-type:instrumental");
    }

    @Test
    void relatedEntriesAreTheNearestOthers() {
        JsonPath related = given().queryParam("ref", "technique:box-breathing").queryParam("limit", 5)
                .when().get("/v1/search/related").then().statusCode(200).extract().jsonPath();
        List<String> refs = related.getList("items.ref", String.class);
        assertThat(refs).hasSize(5).doesNotContain("technique:box-breathing")
                .anyMatch(ref -> ref.contains("breathing") || ref.contains("mindfulness"));
        assertThat(related.getList("items.matchedByMeaning", Boolean.class)).containsOnly(true);
    }

    @Test
    void relatedEntriesOfAnUnknownEntryAreNotFound() {
        given().queryParam("ref", "technique:no-such-thing").when().get("/v1/search/related").then().statusCode(404)
                .contentType("application/problem+json");
        given().filter(OpenApiContract.requestBreaksContractOnPurpose()).queryParam("ref", "spell:grounding")
                .when().get("/v1/search/related").then().statusCode(400).body("errors[0].field", equalTo("ref"));
    }

    @Test
    void aQueryWithoutLettersIsAnsweredByWordsAlone() {
        given().queryParam("q", "?!").when().get("/v1/search").then().statusCode(200);
    }

    @Test
    void anUnknownModeIsAClearProblem() {
        given().filter(OpenApiContract.requestBreaksContractOnPurpose()).queryParam("q", "listening")
                .queryParam("mode", "MAGIC").when().get("/v1/search").then().statusCode(400)
                .body("errors[0].field", equalTo("mode"));
    }

    private static JsonPath search(String q) {
        return given().queryParam("q", q).when().get("/v1/search").then().statusCode(200).extract().jsonPath();
    }
}
