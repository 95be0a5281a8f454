package org.peerpath.api.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.peerpath.api.fhir.Fhir;
import org.peerpath.api.session.EhrDocument;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.api.testing.Agency;
import org.peerpath.common.testing.OpenApiContract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
        String status = kickOff(token, BASE + "/Group/" + Agency.staffIdOf(Agency.demo().coach()) + "/$export");
        JsonPath manifest = awaitManifest(token, status);
        assertThat(manifest.getList("output")).isEmpty();
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", token).urlEncodingEnabled(false).when().get(BASE + "/$export")
                .then().statusCode(400).contentType(Fhir.JSON).body("issue[0].diagnostics",
                        containsString("respond-async"));
        given().header("Authorization", token).header("Prefer", "respond-async").queryParam("_type", "Questionnaire")
                .urlEncodingEnabled(false).when().get(BASE + "/$export")
                .then().statusCode(400).body("resourceType", equalTo("OperationOutcome"));
        given().header("Authorization", Agency.demo().supervisor()).header("Prefer", "respond-async")
                .urlEncodingEnabled(false).when().get(BASE + "/$export").then().statusCode(403);
    }

    /** Every type the server serves about a person, from data made through the API, in one Bulk Data flow. */
    @Test
    void everyTypeServedIsExportedThroughTheBulkDataFlow() {
        Agency demo = Agency.demo();
        String coach = demo.coach();
        String peerId = Agency.createPeer(coach, "Every type");
        String coachStaffId = given().header("Authorization", coach).when().get("/v1/peers/" + peerId)
                .then().statusCode(200).extract().path("coaches[0].staffId");
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        EhrTestData.consent(demo.admin(), peerId, client, "NOTES", "ENCOUNTERS", "GOALS", "PLANS", "ASSESSMENTS");
        EhrDocument note = EhrTestData.signNote(peerId, Instant.now().minus(2, ChronoUnit.DAYS));
        String goal = EhrTestData.goal(peerId, "ACTIVE", java.time.LocalDate.now().plusMonths(3), "Keys in hand");
        String network = given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("members", List.of(Map.of("kind", "PERSON", "name", "Robin", "relationship", "Sister",
                        "phone", "+1 555 0100")), "checkInCadence", "MONTHLY"))
                .when().post("/v1/peers/" + peerId + "/network-plan").then().statusCode(201).extract().path("planId");
        String plan = given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(org.peerpath.api.relapseplan.PlanResourceTestData.plan())
                .when().post("/v1/peers/" + peerId + "/relapse-prevention-plan")
                .then().statusCode(201).extract().path("planId");
        List<Map<String, Object>> answers = new java.util.ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            answers.add(Map.of("linkId", Integer.toString(i), "value", 5));
        }
        String assessment = given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("instrumentId", "b10c0000-0000-4000-8000-000000000001", "answers", answers))
                .when().post("/v1/peers/" + peerId + "/assessments").then().statusCode(201).extract().path("id");
        Map<String, String> expected = Map.of("Patient", peerId, "Encounter", note.sessionId.toString(),
                "DocumentReference", note.id.toString(), "Goal", goal, "CareTeam", network, "CarePlan", plan,
                "QuestionnaireResponse", assessment, "Observation", assessment);

        String status = kickOff(token, BASE + "/Group/" + coachStaffId + "/$export?_type="
                + String.join(",", expected.keySet()));
        JsonPath manifest = awaitManifest(token, status);
        assertThat(manifest.getList("output.type", String.class))
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        var parser = Fhir.CONTEXT.newJsonParser();
        expected.forEach((type, id) -> {
            String file = manifest.getString("output.find { it.type == '" + type + "' }.url");
            List<String> lines = given().header("Authorization", token).urlEncodingEnabled(false)
                    .when().get(file.substring(file.indexOf(BASE)))
                    .then().statusCode(200).contentType(ExportResource.NDJSON).extract().asString().lines().toList();
            assertThat(lines).as(type).hasSize(1);
            Resource resource = (Resource) parser.parseResource(lines.get(0));
            assertThat(resource.fhirType()).isEqualTo(type);
            assertThat(resource.getIdElement().getIdPart()).as(type).isEqualTo(id);
        });
    }

    @Test
    void typesNotExportedAreRefusedAndTheCapabilityStatementListsWhatIs() {
        String token = EhrTestData.ehrToken(EhrTestData.newClientId());
        given().header("Authorization", token).header("Prefer", "respond-async").urlEncodingEnabled(false)
                .when().get(BASE + "/$export?_type=Questionnaire")
                .then().statusCode(400).body("resourceType", equalTo("OperationOutcome"));
        List<String> served = given().when().get(BASE + "/metadata").then().statusCode(200).extract().jsonPath()
                .getList("rest[0].resource.type", String.class);
        assertThat(served).contains("Patient", "Encounter", "DocumentReference", "Goal", "CareTeam", "CarePlan",
                "QuestionnaireResponse", "Observation", "Questionnaire");
    }

    @Test
    void aGroupTheClientMayNotSeeIsNotFound() {
        String token = EhrTestData.ehrToken(EhrTestData.newClientId());
        for (String group : List.of(UUID.randomUUID().toString(), Agency.staffIdOf(Agency.other().coach()))) {
            given().header("Authorization", token).header("Prefer", "respond-async").urlEncodingEnabled(false)
                    .when().get(BASE + "/Group/" + group + "/$export")
                    .then().statusCode(404).body("resourceType", equalTo("OperationOutcome"));
        }
    }

    /** A consent covering goals only shows the person in Patient search and in the Patient export alike. */
    @Test
    void aPersonVisibleInPatientSearchIsInThePatientExport() {
        String peerId = EhrTestData.peer("Goals only");
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        EhrTestData.consent(Agency.demo().admin(), peerId, client, "GOALS");
        given().header("Authorization", token).when().get(BASE + "/Patient?_id=" + peerId)
                .then().statusCode(200).body("entry[0].resource.id", equalTo(peerId));
        JsonPath manifest = awaitManifest(token, kickOff(token, BASE + "/Patient/$export?_type=Patient"));
        String file = manifest.getString("output.find { it.type == 'Patient' }.url");
        assertThat(given().header("Authorization", token).urlEncodingEnabled(false)
                .when().get(file.substring(file.indexOf(BASE))).then().statusCode(200).extract().asString())
                .contains("\"id\":\"" + peerId + "\"");
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
