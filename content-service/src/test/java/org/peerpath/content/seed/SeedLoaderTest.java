package org.peerpath.content.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.peerpath.common.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SeedLoaderTest {

    @Inject
    SeedLoader loader;

    @Test
    void loadingAgainAddsNothing() {
        assertThat(loader.load()).isZero();
    }

    @Test
    void anEditMadeThroughTheApiSurvivesAReload() {
        String editor = TestTokens.user("erin", "content-editor").bearer();
        String ref = "technique:brainstorming";
        String etag = given().header("Authorization", editor).get("/v1/entries/" + ref).then().statusCode(200)
                .extract().header("ETag");
        etag = given().header("Authorization", editor).header("If-Match", etag).contentType("application/json")
                .body(Map.of("content", Map.of("title", "Brainstorming", "description", "Edited by an editor.",
                        "stages", List.of("planning"))))
                .put("/v1/entries/" + ref + "/draft").then().statusCode(200).extract().header("ETag");
        given().header("Authorization", editor).header("If-Match", etag).post("/v1/entries/" + ref + "/publish")
                .then().statusCode(200);

        assertThat(loader.load()).isZero();

        given().get("/v1/techniques/brainstorming").then().statusCode(200)
                .body("description", equalTo("Edited by an editor."));
    }

    @Test
    void theManifestListsEverySeedFile() throws IOException {
        Path root = Path.of("../seeds/curriculum");
        try (Stream<Path> files = Files.walk(root)) {
            List<String> yaml = files.filter(file -> file.toString().endsWith(".yaml"))
                    .map(file -> root.relativize(file).toString())
                    .filter(name -> !name.equals("manifest.yaml") && !name.equals("synonyms.yaml"))
                    .sorted().toList();
            assertThat(SeedCatalog.manifestFiles()).containsExactlyInAnyOrderElementsOf(yaml);
        }
    }
}
