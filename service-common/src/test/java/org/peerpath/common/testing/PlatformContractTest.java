package org.peerpath.common.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peerpath.model.problem.ProblemType;

import io.restassured.path.json.JsonPath;

/**
 * What every PeerPath service guarantees, whatever its features: health with the database, a complete OpenAPI
 * document with the OIDC scheme, Swagger UI, metrics, problem+json for routing errors, and the problem types' entries. Each service runs it
 * through a {@code @QuarkusTest} subclass; every service has the token-protected {@code GET /v1/me}.
 */
public abstract class PlatformContractTest {

    @Test
    void everyProblemTypeHasAnEntryThatAnyoneMayRead() {
        List<String> kinds = Arrays.stream(ProblemType.values()).map(ProblemType::kind).toList();
        JsonPath firstPage = given().when().get("/problems?limit=5")
                .then().statusCode(200).header("Cache-Control", "public, max-age=86400")
                .header("Link", containsString("rel=\"next\"")).extract().jsonPath();
        List<String> listed = new ArrayList<>(firstPage.getList("items.kind"));
        String cursor = firstPage.getString("nextCursor");
        while (cursor != null) {
            JsonPath page = given().queryParam("limit", 5).queryParam("cursor", cursor).when().get("/problems")
                    .then().statusCode(200).extract().jsonPath();
            listed.addAll(page.getList("items.kind"));
            cursor = page.getString("nextCursor");
        }
        assertThat(listed).containsExactlyElementsOf(kinds);

        for (ProblemType type : ProblemType.values()) {
            JsonPath entry = given().when().get("/problems/" + type.kind())
                    .then().statusCode(200).header("Cache-Control", "public, max-age=86400").extract().jsonPath();
            assertThat(entry.getString("type")).isEqualTo(type.uri().toString())
                    .isEqualTo("https://peerpath.dev/problems/" + type.kind());
            assertThat(entry.getInt("status")).isEqualTo(type.status());
            assertThat(entry.getString("title")).isEqualTo(type.title());
            assertThat(entry.getString("meaning")).isNotBlank();
            assertThat(entry.getString("fix")).isNotBlank();
        }
        given().when().get("/problems/no-such-problem")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(ProblemType.NOT_FOUND.uri().toString()));
    }

    @Test
    void readinessIsUpAndChecksTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void openApiDeclaresTheOidcSecurityScheme() {
        openApiDocument().then().statusCode(200)
                .body("components.securitySchemes.oidc.type", equalTo("openIdConnect"))
                .body("components.securitySchemes.oidc.openIdConnectUrl",
                        endsWith("/realms/peerpath/.well-known/openid-configuration"));
    }

    @Test
    void everyOperationIsDocumentedForIntegrators() {
        JsonPath document = openApiDocument().then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        Map<String, Map<String, Object>> sharedResponses = document.getMap("components.responses");
        List<String> gaps = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (path.startsWith("/q/") || !(value instanceof Map<?, ?>)) {
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> operation = (Map<String, Object>) value;
            String name = method.toUpperCase() + " " + path;
            if (operation.get("operationId") == null) {
                gaps.add(name + ": no operationId");
            }
            if (operation.get("summary") == null) {
                gaps.add(name + ": no summary");
            }
            if (operation.get("tags") == null) {
                gaps.add(name + ": no tag");
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            responses.forEach((status, declared) -> {
                Map<String, Object> response = shared(declared, sharedResponses);
                if (status.startsWith("4") || status.startsWith("5")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> content = (Map<String, Object>) response.get("content");
                    if (content == null || !content.containsKey("application/problem+json")) {
                        gaps.add(name + ": " + status + " is not problem+json");
                    }
                }
            });
            if (operation.get("security") != null && (!responses.containsKey("401") || !responses.containsKey("403"))) {
                gaps.add(name + ": secured but 401/403 not declared");
            }
        }));
        assertThat(gaps).isEmpty();
    }

    /** The answer itself, or the shared one in {@code components/responses} it references. */
    private static Map<String, Object> shared(Map<String, Object> response, Map<String, Map<String, Object>> shared) {
        Object ref = response.get("$ref");
        if (ref == null) {
            return response;
        }
        String name = ref.toString().substring("#/components/responses/".length());
        assertThat(shared).as("shared responses").containsKey(name);
        return shared.get(name);
    }

    /** The document describes the API, not itself, so its own path is outside it. */
    private static io.restassured.response.Response openApiDocument() {
        return given().filter(OpenApiContract.requestBreaksContractOnPurpose()).queryParam("format", "json")
                .when().get("/q/openapi");
    }

    @Test
    void unknownRoutesAnswer404Problem() {
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .when().get("/v1/no-such-resource")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://peerpath.dev/problems/not-found"))
                .body("instance", equalTo("/v1/no-such-resource"));
    }

    @Test
    void wrongMethodsAnswer405Problem() {
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .when().delete("/v1/me")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("https://peerpath.dev/problems/method-not-allowed"))
                .body(not(containsString("Exception")));
    }

    @Test
    void unacceptableMediaTypesAnswer406Problem() {
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", TestTokens.anyone("peer-specialist", "content-editor").bearer())
                .accept("text/csv")
                .when().get("/v1/me")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("https://peerpath.dev/problems/not-acceptable"));
    }

    @Test
    void answersCarrySecurityAndRateLimitHeadersButNoServerVersion() {
        io.restassured.response.Response response = given()
                .header("Authorization", TestTokens.anyone("peer-specialist", "content-editor").bearer())
                .when().get("/v1/me").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Cache-Control", equalTo("no-store"))
                .header("RateLimit-Limit", org.hamcrest.Matchers.matchesPattern("\\d+"))
                .extract().response();
        assertThat(response.header("Server")).isNull();
        assertThat(Integer.parseInt(response.header("RateLimit-Remaining")))
                .isLessThan(Integer.parseInt(response.header("RateLimit-Limit")));
    }

    @Test
    void browsersMayCallOnlyFromAllowedOrigins() {
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "GET")
                .when().options("/v1/me")
                .then().header("Access-Control-Allow-Origin", equalTo("http://localhost:8080"));
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/v1/me")
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void swaggerUiIsServed() {
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger-ui"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }
}
