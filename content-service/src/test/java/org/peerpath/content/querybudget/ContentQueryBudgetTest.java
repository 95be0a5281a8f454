package org.peerpath.content.querybudget;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;
import org.peerpath.common.testing.QueryBudget;
import org.peerpath.content.catalog.CurriculumCache;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Curriculum reads stay within their SQL statement budgets when the in-process cache is cold (the cache is emptied
 * before each measured read), and a list's cost does not grow with its page.
 */
@QuarkusTest
class ContentQueryBudgetTest {

    /**
     * Budgets include one read of the catalog version, which a replica repeats at most once a second
     * ({@code CatalogVersion}): whether a given request does it depends on the clock, so page comparisons allow it.
     */
    private static final QueryBudget BUDGET = QueryBudget.of(
            // endpoint                                         statements
            "GET /v1/topics",                                     2,
            "GET /v1/topics/{topic}",                             3,
            "GET /v1/topics/{topic}/sections/{section}",          4,
            "GET /v1/topics/{topic}/items/{item}",                2,
            "GET /v1/techniques",                                 2,
            "GET /v1/techniques/{slug}",                          2,
            "GET /v1/search",                                     2,
            "GET /v1/stages",                                     3);
    private static final int CATALOG_VERSION_READ = 1;

    @Inject
    @CacheName(CurriculumCache.NAME)
    Cache cache;

    private JsonPath cold(String path) {
        cache.invalidateAll().await().indefinitely();
        return given().when().get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void topics() {
        JsonPath all = given().when().get("/v1/topics?limit=100").then().statusCode(200).extract().jsonPath();
        int count = all.getList("items").size();
        String topic = all.getString("items[0].slug");
        JsonPath first = given().when().get("/v1/topics/" + topic).then().statusCode(200).extract().jsonPath();
        String section = first.getString("sections[0].slug");
        String item = first.getString("sections.find { it.items }.items[0].slug");

        BUDGET.checkFlat("GET /v1/topics", CATALOG_VERSION_READ, () -> cold("/v1/topics?limit=2"),
                () -> cold("/v1/topics?limit=" + count));
        BUDGET.check("GET /v1/topics/{topic}", () -> cold("/v1/topics/" + topic));
        BUDGET.check("GET /v1/topics/{topic}/sections/{section}",
                () -> cold("/v1/topics/" + topic + "/sections/" + section));
        BUDGET.check("GET /v1/topics/{topic}/items/{item}", () -> cold("/v1/topics/" + topic + "/items/" + item));
    }

    @Test
    void techniquesStagesAndSearch() {
        String technique = given().when().get("/v1/techniques?limit=1").then().statusCode(200).extract()
                .path("items[0].slug");

        BUDGET.checkFlat("GET /v1/techniques", CATALOG_VERSION_READ, () -> cold("/v1/techniques?limit=2"),
                () -> cold("/v1/techniques?limit=20"));
        BUDGET.check("GET /v1/techniques/{slug}", () -> cold("/v1/techniques/" + technique));
        BUDGET.checkFlat("GET /v1/search", CATALOG_VERSION_READ, () -> cold("/v1/search?q=peer&limit=2"),
                () -> cold("/v1/search?q=peer&limit=20"));
        BUDGET.check("GET /v1/stages", () -> cold("/v1/stages"));
    }
}
