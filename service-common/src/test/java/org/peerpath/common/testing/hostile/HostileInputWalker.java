package org.peerpath.common.testing.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import javax.sql.DataSource;

import org.peerpath.common.testing.OpenApiContract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Walks every operation of the running service's OpenAPI document and sends it hostile input ({@link HostileCases}),
 * with a token that may call the operation, so that the input gets as far as validation. Every answer must be a 4xx
 * problem+json (FHIR's OperationOutcome under {@code /fhir/r4}, its documented error format), never a 5xx, and must
 * match the document; the database must hold the same rows afterwards. Each service runs it from a small test.
 */
public final class HostileInputWalker {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String service;
    private List<String> pathPrefixes = List.of("/v1/");
    private Function<ApiOperation, String> authorization = operation -> null;
    private Function<String, String> pathValues = name -> null;
    private DataSource database;
    private final Map<String, String> unwatchedTables = new LinkedHashMap<>();

    private HostileInputWalker(String service) {
        this.service = service;
    }

    public static HostileInputWalker of(String service) {
        return new HostileInputWalker(service);
    }

    /** The parts of the document to walk (default {@code /v1/}). */
    public HostileInputWalker paths(String... prefixes) {
        pathPrefixes = List.of(prefixes);
        return this;
    }

    /** The Authorization header for an operation: a token whose roles may call it (null for none). */
    public HostileInputWalker authorization(Function<ApiOperation, String> tokens) {
        authorization = tokens;
        return this;
    }

    /** Well-formed values for path parameters by name; for the others the schema gives one. */
    public HostileInputWalker pathValues(Function<String, String> values) {
        pathValues = values;
        return this;
    }

    /** The service's database, snapshot before and after. */
    public HostileInputWalker database(DataSource dataSource) {
        database = dataSource;
        return this;
    }

    /** Leaves a table out of the before-and-after comparison; {@code why} says why it may change. */
    public HostileInputWalker unwatched(String table, String why) {
        unwatchedTables.put(table, why);
        return this;
    }

    /** Sends every case, prints the tally, and fails on any answer or database change that breaks the rules. */
    public void run() {
        assertThat(database).as("the database to snapshot").isNotNull();
        List<ApiOperation> operations = ApiOperation.of(document(), pathPrefixes);
        assertThat(operations).as("operations under %s", pathPrefixes).isNotEmpty();
        DatabaseSnapshot before = DatabaseSnapshot.of(database, unwatchedTables.keySet());

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;
        for (ApiOperation operation : operations) {
            String token = authorization.apply(operation);
            for (HostileRequest request : new HostileCases(operation, pathValues).all()) {
                sent++;
                String failure = check(request, token, statuses);
                if (failure != null) {
                    failures.add(request.describe() + ": " + failure);
                }
            }
        }
        List<String> changes = DatabaseSnapshot.of(database, unwatchedTables.keySet()).changesSince(before);
        int serverErrors = statuses.entrySet().stream().filter(status -> status.getKey() >= 500)
                .mapToInt(Map.Entry::getValue).sum();
        System.out.printf("Hostile input, %s: %d requests to %d operations, %d answered 5xx; statuses %s%n",
                service, sent, operations.size(), serverErrors, statuses);

        assertThat(failures).as("%s: answers to hostile input that break the rules", service).isEmpty();
        assertThat(changes).as("%s: tables changed by refused requests", service).isEmpty();
    }

    /** Sends one request; answers what is wrong with the answer, or null. */
    private static String check(HostileRequest request, String token, Map<Integer, Integer> statuses) {
        Response response;
        try {
            response = send(request, token);
        } catch (AssertionError contractBroken) {
            return contractBroken.getMessage();
        } catch (RuntimeException noAnswer) {
            return "no answer: " + noAnswer;
        }
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        if (status >= 200 && status < 300 && request.mayBeAnswered()) {
            return null;
        }
        if (status < 400 || status >= 500) {
            return "answered " + status + " " + abbreviate(response.asString());
        }
        String contentType = response.contentType();
        boolean problem = contentType.startsWith("application/problem+json");
        boolean operationOutcome = request.target().startsWith("/fhir/r4")
                && contentType.startsWith("application/fhir+json")
                && response.asString().contains("\"OperationOutcome\"");
        return problem || operationOutcome ? null
                : "answered " + status + " as '" + contentType + "': " + abbreviate(response.asString());
    }

    private static Response send(HostileRequest request, String token) {
        RestAssuredConfig config = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false));
        RequestSpecification spec = given().config(config).urlEncodingEnabled(false)
                .filter(OpenApiContract.requestBreaksContractOnPurpose());
        if (token != null) {
            spec.header("Authorization", token);
        }
        request.headers().forEach(spec::header);
        if (request.contentType() != null) {
            spec.contentType(request.contentType());
        }
        if (request.body() != null) {
            spec.body(request.body());
        }
        return spec.when().request(request.method(), request.target());
    }

    private static JsonNode document() {
        String text = given().filter(OpenApiContract.requestBreaksContractOnPurpose()).queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().asString();
        try {
            return MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The OpenAPI document is not JSON", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
