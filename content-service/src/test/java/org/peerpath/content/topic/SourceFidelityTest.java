package org.peerpath.content.topic;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every text the API serves for a topic's items stands word for word in its source document (../shared/seeds), apart
 * from the typo fixes listed in seeds/NOTES.md. Compared with white space and bullet marks folded.
 */
@QuarkusTest
class SourceFidelityTest {

    /** The corrections seeds/NOTES.md records, as (as served → as written in the source). */
    private static final Map<String, String> TYPO_FIXES = Map.of(
            "Ask-Share-Ask", "Ask- Share-Ask",
            "one-on-one", "one-one-one");

    private final Map<String, String> sources = new HashMap<>();

    @Test
    @SuppressWarnings("unchecked")
    void everyServedItemTextStandsInItsSourceDocument() {
        List<String> slugs = given().queryParam("limit", 8).get("/v1/topics").jsonPath().getList("items.slug");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String slug : slugs) {
            List<Map<String, Object>> sections = given().get("/v1/topics/" + slug).jsonPath().getList("sections");
            for (Map<String, Object> section : sections) {
                for (Map<String, Object> item : (List<Map<String, Object>>) section.get("items")) {
                    String source = source((String) ((Map<String, Object>) item.get("source")).get("file"));
                    List<String> texts = new ArrayList<>();
                    if (item.get("points") != null) {
                        texts.addAll((List<String>) item.get("points"));
                    }
                    for (String field : List.of("scenario", "instructions", "goal", "debrief", "description", "body")) {
                        if (item.get(field) != null) {
                            texts.add((String) item.get(field));
                        }
                    }
                    for (String text : texts) {
                        checked++;
                        if (!source.contains(fold(asWritten(text)))) {
                            missing.add(slug + "/" + item.get("slug") + ": " + text);
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(250);
        assertThat(missing).isEmpty();
    }

    private String source(String file) {
        return sources.computeIfAbsent(file, name -> {
            try {
                return fold(Files.readString(Path.of("../../shared/seeds", name)));
            } catch (IOException e) {
                throw new IllegalStateException("source document " + name + " is not readable beside the project", e);
            }
        });
    }

    private static String asWritten(String text) {
        String written = text;
        for (var fix : TYPO_FIXES.entrySet()) {
            written = written.replace(fix.getKey(), fix.getValue());
        }
        return written;
    }

    /** Folds white space and list marks, which the seed files write differently from the web pages. */
    private static String fold(String text) {
        return text.replaceAll("(?m)^\\s*(- |•|o )", " ").replace("•", " ").replaceAll("[\\s\\u00a0]+", " ").trim();
    }
}
