package org.peerpath.api.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.peerpath.api.fhir.Fhir;
import org.peerpath.api.sync.EhrDocument;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.api.testing.Agency;
import org.peerpath.common.testing.OpenApiContract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@QuarkusTest
class ExportResourceTest {

    private static final String BASE = "/fhir/r4";

    @Inject
    EntityManager entityManager;

    @Test
    void anExportOfTenThousandNotesCompletesAndEveryLineIsAValidResource() {
        String peerId = EhrTestData.peer("Prolific");
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        String consentId = EhrTestData.consent(Agency.demo().admin(), peerId, client, "NOTES", "ENCOUNTERS");
        EhrDocument template = EhrTestData.signNote(peerId, Instant.now().minus(400, ChronoUnit.DAYS));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into ehr_document (id, organization_id, peer_id, kind, note_id, session_id, session_start,
                    session_end, modality, setting, service_code, billing_units, note_format, content, content_hash,
                    author_name, author_credentials, signed_at, recorded_at, updated_at)
                select new_id, organization_id, peer_id, kind, new_id, gen_random_uuid(), session_start + n * interval '1 hour',
                    session_end + n * interval '1 hour', modality, setting, service_code, billing_units, note_format,
                    content || ' #' || n, content_hash, author_name, author_credentials,
                    signed_at + n * interval '1 hour', recorded_at, updated_at
                from (select gen_random_uuid() as new_id, d.*, n from ehr_document d, generate_series(1, 9999) n
                      where d.id = ?1) generated""").setParameter(1, template.id).executeUpdate());

        String status = kickOff(token, BASE + "/Patient/$export?_type=DocumentReference,Patient");
        JsonPath manifest = awaitManifest(token, status);
        assertThat(manifest.getList("output.type", String.class)).containsExactly("DocumentReference", "Patient");
        assertThat(manifest.getLong("output.find { it.type == 'DocumentReference' }.count")).isEqualTo(10_000);
        assertThat(manifest.getBoolean("requiresAccessToken")).isTrue();

        String file = manifest.getString("output.find { it.type == 'DocumentReference' }.url");
        ExtractableResponse<Response> download = given().header("Authorization", token).urlEncodingEnabled(false)
                .when().get(file.substring(file.indexOf(BASE)))
                .then().statusCode(200).contentType(ExportResource.NDJSON).extract();
        List<String> lines = download.asString().lines().toList();
        assertThat(lines).hasSize(10_000);
        var parser = Fhir.CONTEXT.newJsonParser();
        for (String line : lines) {
            Resource resource = (Resource) parser.parseResource(line);
            assertThat(resource).isInstanceOf(DocumentReference.class);
        }
        assertThat(lines.stream().map(line -> line.substring(0, 40)).distinct()).hasSize(1);

        JsonPath disclosures = given().header("Authorization", Agency.demo().supervisor())
                .when().get("/v1/peers/" + peerId + "/disclosures").then().statusCode(200).extract().jsonPath();
        assertThat(disclosures.getList("items.channel", String.class)).containsOnly("BULK_EXPORT");
        assertThat(disclosures.getString("items[0].description")).startsWith("10000 DocumentReference resources");
        assertThat(disclosures.getList("items.consentId", String.class)).containsOnly(consentId);
    }

    @Test
    void sinceListsChangesAndDeletionsAndCancelledOrForeignJobsAreGone() {
        String peerId = EhrTestData.peer("Exported");
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        EhrTestData.consent(Agency.demo().admin(), peerId, client, "NOTES", "ENCOUNTERS");
        EhrDocument old = EhrTestData.signNote(peerId, Instant.now().minus(3, ChronoUnit.DAYS));
        Instant since = Instant.now();
        EhrDocument fresh = EhrTestData.signNote(peerId, Instant.now().minus(1, ChronoUnit.DAYS));
        EhrTestData.withdraw(old, "Entered in error");

        String status = kickOff(token, BASE + "/$export?_type=DocumentReference&_since=" + since);
        JsonPath manifest = awaitManifest(token, status);
        String url = manifest.getString("output[0].url");
        String documents = given().header("Authorization", token).urlEncodingEnabled(false).when().get(url.substring(url.indexOf(BASE)))
                .then().statusCode(200).extract().asString();
        assertThat(documents.lines().toList()).hasSize(1).allMatch(line -> line.contains(fresh.id.toString()));
        String deletedUrl = manifest.getString("deleted[0].url");
        String deleted = given().header("Authorization", token).urlEncodingEnabled(false).when()
                .get(deletedUrl.substring(deletedUrl.indexOf(BASE)))
                .then().statusCode(200).extract().asString();
        assertThat(deleted).contains("\"method\":\"DELETE\"").contains("DocumentReference/" + old.id);

        // another client cannot poll or download it
        String stranger = EhrTestData.ehrToken(EhrTestData.newClientId());
        given().header("Authorization", stranger).urlEncodingEnabled(false).when().get(status).then().statusCode(404)
                .contentType(Fhir.JSON);
        given().header("Authorization", stranger).urlEncodingEnabled(false).when().get(url.substring(url.indexOf(BASE))).then().statusCode(404);
        // cancelled: gone
        given().header("Authorization", token).urlEncodingEnabled(false).when().delete(status).then().statusCode(202);
        given().header("Authorization", token).urlEncodingEnabled(false).when().get(status).then().statusCode(404);
    }

    @Test
    void aGroupIsACoachsCaseloadAndKickOffsAreChecked() {
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        String status = kickOff(token, BASE + "/Group/" + UUID.randomUUID() + "/$export");
        JsonPath manifest = awaitManifest(token, status);
        assertThat(manifest.getList("output")).isEmpty();
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", token).urlEncodingEnabled(false).when().get(BASE + "/$export")
                .then().statusCode(400).contentType(Fhir.JSON).body("issue[0].diagnostics",
                        containsString("respond-async"));
        given().header("Authorization", token).header("Prefer", "respond-async").queryParam("_type", "Observation")
                .urlEncodingEnabled(false).when().get(BASE + "/$export")
                .then().statusCode(400).body("resourceType", equalTo("OperationOutcome"));
        given().header("Authorization", Agency.demo().supervisor()).header("Prefer", "respond-async")
                .urlEncodingEnabled(false).when().get(BASE + "/$export").then().statusCode(403);
    }

    private static String kickOff(String token, String path) {
        String location = given().header("Authorization", token).header("Prefer", "respond-async")
                .urlEncodingEnabled(false).when().get(path)
                .then().statusCode(202).extract().header("Content-Location");
        assertThat(location).contains(BASE + "/$export-status/");
        return location.substring(location.indexOf(BASE));
    }

    private static JsonPath awaitManifest(String token, String status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Response response = given().header("Authorization", token).urlEncodingEnabled(false).when().get(status);
            if (response.statusCode() == 200) {
                return response.jsonPath();
            }
            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.header("X-Progress")).isNotBlank();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("The export did not complete in time");
    }
}
