package org.peerpath.api.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerpath.api.session.EhrDocument;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.api.testing.Agency;
import org.peerpath.common.testing.OpenApiContract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every answer under /v1 and /fhir says {@code Cache-Control: no-store}: each operation of the OpenAPI document
 * (answered as it is for a caller with unknown ids or an empty body, mostly an error), and answers that carry records
 * (a peer, a FHIR read and search, the bulk export's kick-off, status and file). The CapabilityStatement stays
 * cacheable.
 */
@QuarkusTest
class NoStoreTest {

    private static final String FHIR = "/fhir/r4";
    private static final String METADATA = FHIR + "/metadata";

    private final Agency demo = Agency.demo();

    @Test
    void everyOperationOfTheDocumentAnswersNoStore() throws Exception {
        String staff = demo.supervisor();
        String ehr = EhrTestData.ehrToken(EhrTestData.newClientId());
        JsonNode paths = new ObjectMapper().readTree(given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString()).get("paths");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String template = entry.getKey();
            if (!template.startsWith("/v1/") && !template.startsWith(FHIR + "/") || template.equals(METADATA)) {
                continue;
            }
            String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (Iterator<Map.Entry<String, JsonNode>> methods = entry.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                RequestSpecification request = given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                        .urlEncodingEnabled(!path.contains("$"))
                        .header("Authorization", template.startsWith(FHIR) ? ehr : staff);
                JsonNode content = method.getValue().path("requestBody").path("content");
                if (content.fieldNames().hasNext()) {
                    request.contentType(content.fieldNames().next()).body("{}");
                }
                Response response = request.when().request(method.getKey().toUpperCase(), path);
                checked++;
                if (!"no-store".equals(response.header("Cache-Control"))) {
                    failures.add(method.getKey().toUpperCase() + " " + template + ": " + response.statusCode()
                            + " with Cache-Control " + response.header("Cache-Control"));
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(failures).as("answers without Cache-Control: no-store").isEmpty();
    }

    @Test
    void answersWithRecordsAndErrorsSayNoStoreAndTheCapabilityStatementStaysCacheable() throws Exception {
        String coach = demo.coach();
        String peer = Agency.createPeer(coach, "Uncached " + UUID.randomUUID());
        noStore(given().header("Authorization", coach).when().get("/v1/peers/" + peer), 200);
        noStore(given().when().get("/v1/peers/" + peer), 401);
        noStore(given().header("Authorization", Agency.other().coach()).when().get("/v1/peers/" + peer), 404);
        noStore(given().header("Authorization", coach).when().get("/v1/me"), 200);

        String peerId = EhrTestData.peer("Uncached EHR");
        String client = EhrTestData.newClientId();
        String ehr = EhrTestData.ehrToken(client);
        EhrTestData.consent(demo.admin(), peerId, client, "NOTES", "ENCOUNTERS");
        EhrDocument note = EhrTestData.signNote(peerId, Instant.now().minus(1, ChronoUnit.DAYS));
        noStore(given().header("Authorization", ehr).when().get(FHIR + "/DocumentReference/" + note.id), 200);
        noStore(given().header("Authorization", ehr).queryParam("patient", peerId)
                .when().get(FHIR + "/DocumentReference"), 200);
        noStore(given().header("Authorization", ehr).when().get(FHIR + "/Patient/" + UUID.randomUUID()), 404);

        Response kickOff = given().header("Authorization", ehr).header("Prefer", "respond-async")
                .urlEncodingEnabled(false).when().get(FHIR + "/$export?_type=DocumentReference");
        noStore(kickOff, 202);
        String status = kickOff.header("Content-Location");
        status = status.substring(status.indexOf(FHIR));
        Response manifest = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Response poll = given().header("Authorization", ehr).urlEncodingEnabled(false).when().get(status);
            assertThat(poll.header("Cache-Control")).isEqualTo("no-store");
            if (poll.statusCode() == 200) {
                manifest = poll;
                break;
            }
            Thread.sleep(200);
        }
        assertThat(manifest).as("export manifest").isNotNull();
        String file = manifest.jsonPath().getString("output[0].url");
        Response download = given().header("Authorization", ehr).urlEncodingEnabled(false)
                .when().get(file.substring(file.indexOf(FHIR)));
        noStore(download, 200);
        assertThat(download.asString()).contains(note.id.toString());

        Response metadata = given().when().get(METADATA);
        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(metadata.header("Cache-Control")).isNotEqualTo("no-store");
    }

    private static void noStore(Response response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.header("Cache-Control")).as("Cache-Control of a %d", status).isEqualTo("no-store");
    }
}
