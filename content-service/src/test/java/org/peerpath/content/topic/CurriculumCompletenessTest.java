package org.peerpath.content.topic;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The served curriculum holds every topic, section, item and point of the source documents. The expected numbers
 * in {@code seeds/expected-counts.yaml} were counted in the source text, not read back from the seed files.
 */
@QuarkusTest
class CurriculumCompletenessTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyTopicSectionItemAndPointIsServed() {
        Map<String, Map<String, Object>> topics = (Map<String, Map<String, Object>>) expected().get("topics");
        assertThat(topics).hasSize(8);
        JsonPath list = given().queryParam("limit", 100).when().get("/v1/topics").then().statusCode(200)
                .extract().jsonPath();
        // Editors may add topics (the authoring tests do); the documents' eight come first, in their order.
        assertThat(list.getList("items.slug", String.class).subList(0, 8)).containsExactlyElementsOf(topics.keySet());

        topics.forEach((slug, topic) -> {
            JsonPath served = given().when().get("/v1/topics/" + slug).then().statusCode(200).extract().jsonPath();
            assertThat(served.getInt("number")).as(slug).isEqualTo(topic.get("number"));
            Map<String, Map<String, Object>> sections = (Map<String, Map<String, Object>>) topic.get("bySection");
            assertThat(served.getList("sections.slug")).as(slug).containsExactlyElementsOf(sections.keySet());
            int itemTotal = 0;
            for (var section : sections.entrySet()) {
                String path = "sections.find { it.slug == '" + section.getKey() + "' }";
                assertThat(served.getString(path + ".kind")).isEqualTo(section.getValue().get("kind"));
                List<Map<String, Object>> items = served.getList(path + ".items");
                assertThat(items).as(slug + "/" + section.getKey()).hasSize((Integer) section.getValue().get("items"));
                itemTotal += items.size();
                Map<String, Integer> points = (Map<String, Integer>) section.getValue().get("points");
                if (points != null) {
                    points.forEach((item, count) -> assertThat(items.stream()
                            .filter(candidate -> item.equals(candidate.get("slug")))
                            .map(candidate -> ((List<?>) candidate.get("points")).size()).findFirst())
                            .as(slug + "/" + item + " points").contains(count));
                }
            }
            assertThat(itemTotal).as(slug + " items").isEqualTo(topic.get("items"));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProcessSupportTypesPrinciplesAndContextsAreComplete() {
        Map<String, Integer> totals = (Map<String, Integer>) expected().get("totals");
        assertThat(given().queryParam("limit", 100).get("/v1/stages").jsonPath().getList("items.slug"))
                .containsExactly("connecting", "exploring", "supporting", "planning", "advocating");
        assertThat(given().queryParam("limit", 100).get("/v1/support-types").jsonPath().getList("items"))
                .hasSize(totals.get("supportTypes"));
        assertThat(given().queryParam("limit", 100).get("/v1/principles").jsonPath().getList("items"))
                .hasSize(totals.get("principles"));
        assertThat(given().queryParam("limit", 100).get("/v1/techniques").jsonPath().getList("items"))
                .hasSize(totals.get("techniques"));
        JsonPath contexts = given().queryParam("limit", 100).get("/v1/contexts").jsonPath();
        assertThat(contexts.getList("items")).hasSize(totals.get("contexts"));
        assertThat(contexts.getList("items.competencies.flatten().findAll { it != null }")).hasSize(totals.get("competencies"));
        assertThat(contexts.getList("items.roles.flatten().findAll { it != null }")).hasSize(totals.get("roles"));
        Map<String, Map<String, Integer>> stages = (Map<String, Map<String, Integer>>) expected().get("stages");
        stages.forEach((slug, counts) -> {
            JsonPath stage = given().get("/v1/stages/" + slug).then().statusCode(200).extract().jsonPath();
            assertThat(stage.getList("keyConcepts")).as(slug).hasSize(counts.get("keyConcepts"));
            assertThat(stage.getList("tools")).as(slug).hasSize(counts.get("tools"));
        });
    }

    @Test
    void aSampleOfItemsCarriesTheDocumentsTextInFull() {
        JsonPath item = given().get("/v1/topics/healthy-boundaries/items/define-your-role-clearly").then()
                .statusCode(200).extract().jsonPath();
        assertThat(item.getString("title")).isEqualTo("Define Your Role Clearly");
        assertThat(item.getList("points", String.class)).containsExactly(
                "Be transparent about your role as a peer coach from the start. Outline what you can provide "
                        + "(support, encouragement, resources) and what you cannot (professional therapy, medical advice).",
                "Clarify limits on the type of support you offer, such as not being available 24/7, to prevent "
                        + "unrealistic expectations.");
        assertThat(item.getString("source.file")).isEqualTo("000_f3a91765fb781a1e.txt");

        JsonPath connecting = given().get("/v1/stages/connecting").jsonPath();
        assertThat(connecting.getString("description")).startsWith("Connecting is task number one in every meeting.");
    }

    private static Map<String, Object> expected() {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(new File("../seeds/expected-counts.yaml"),
                    new TypeReference<Map<String, Object>>() {
                    });
        } catch (IOException e) {
            throw new IllegalStateException("seeds/expected-counts.yaml is not readable", e);
        }
    }
}
