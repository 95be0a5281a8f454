package org.peerpath.api.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.peerpath.api.testing.Agency.createPeer;
import static org.peerpath.api.testing.Agency.etagOf;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.api.testing.Agency;
import org.peerpath.common.testing.OpenApiContract;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A supervisor withdraws a signed note as entered in error through the API: the note stays, marked and frozen, and
 * every EHR path (FHIR, change feed, bulk export, webhooks) receives the note and its addendum as withdrawn.
 */
@QuarkusTest
class NoteWithdrawalTest {

    private static final String FHIR = "/fhir/r4";

    private final Agency demo = Agency.demo();
    private HttpServer receiver;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aWithdrawnNoteStaysMarkedAndEveryEhrPathReceivesTheTombstone() throws Exception {
        String coach = demo.coach();
        String supervisor = demo.supervisor();
        String admin = demo.admin();
        String peerId = createPeer(coach, "Withdrawn " + UUID.randomUUID());
        String client = EhrTestData.ehrClient(admin);
        String ehr = EhrTestData.ehrToken(client);
        EhrTestData.consent(admin, peerId, client, "NOTES", "ENCOUNTERS");
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "clientId",
                        client, "eventTypes", List.of("NOTE_WITHDRAWN")))
                .when().post("/v1/webhooks").then().statusCode(201);
        String sessionId = signedSession(coach, peerId);
        String noteId = given().header("Authorization", coach).when().get("/v1/sessions/" + sessionId + "/note")
                .then().statusCode(200).extract().path("id");
        String addendumId = given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("reason", "Late entry", "text", "Called back on Monday."))
                .when().post("/v1/sessions/" + sessionId + "/note/addenda").then().statusCode(201)
                .extract().path("id");
        String feedStart = feedEnd(ehr, null);
        Instant since = Instant.now();
        String note = "/v1/sessions/" + sessionId + "/note";
        String etag = etagOf(supervisor, note);

        Map<String, String> why = Map.of("reason", "Written in the wrong person's record");
        given().filter(OpenApiContract.requestBreaksContractOnPurpose()).header("Authorization", supervisor)
                .contentType(ContentType.JSON).body(why).when().post(note + "/withdrawal").then().statusCode(428);
        given().header("Authorization", supervisor).header("If-Match", "\"999\"").contentType(ContentType.JSON)
                .body(why).when().post(note + "/withdrawal").then().statusCode(412);
        given().header("Authorization", coach).header("If-Match", etag).contentType(ContentType.JSON).body(why)
                .when().post(note + "/withdrawal").then().statusCode(403);
        int auditedBefore = noteUpdates(supervisor, noteId);
        String key = UUID.randomUUID().toString();
        Response withdrawn = given().header("Authorization", supervisor).header("If-Match", etag)
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(why)
                .when().post(note + "/withdrawal");
        withdrawn.then().statusCode(200).header("ETag", notNullValue())
                .body("status", equalTo("SIGNED"))
                .body("withdrawal.reason", equalTo("Written in the wrong person's record"))
                .body("withdrawal.withdrawnBy", org.hamcrest.Matchers.startsWith("supervisor "))
                .body("withdrawal.withdrawnAt", notNullValue());
        assertThat(noteUpdates(supervisor, noteId)).isEqualTo(auditedBefore + 1);
        // a retry with the same key answers the first response; without it, the note is already withdrawn
        given().header("Authorization", supervisor).header("If-Match", etag).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(why).when().post(note + "/withdrawal")
                .then().statusCode(200).header("Idempotent-Replayed", "true");
        given().header("Authorization", supervisor).header("If-Match", withdrawn.header("ETag"))
                .contentType(ContentType.JSON).body(why).when().post(note + "/withdrawal").then().statusCode(409);
        // the note stays, marked, and frozen
        given().header("Authorization", coach).when().get(note).then().statusCode(200)
                .body("withdrawal.reason", equalTo("Written in the wrong person's record"))
                .body("addenda.size()", equalTo(1));
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("reason", "Another", "text", "More")).when().post(note + "/addenda")
                .then().statusCode(409);
        given().header("Authorization", supervisor).when().post(note + "/cosignature").then().statusCode(409);

        // FHIR: entered-in-error, carrying the withdrawal notice (US Core needs data or a url) instead of the text
        String notice = Base64.getEncoder().encodeToString(
                DocumentReferenceType.WITHDRAWN_NOTICE.getBytes(StandardCharsets.UTF_8));
        for (String id : List.of(noteId, addendumId)) {
            given().header("Authorization", ehr).when().get(FHIR + "/DocumentReference/" + id)
                    .then().statusCode(200).body("status", equalTo("entered-in-error"))
                    .body("content.size()", equalTo(1))
                    .body("content[0].attachment.data", equalTo(notice));
        }
        // change feed: a tombstone for the note and its addendum
        List<String> changes = new ArrayList<>();
        feedEnd(ehr, feedStart, changes);
        assertThat(changes).containsExactlyInAnyOrder("DOCUMENT_WITHDRAWN " + noteId,
                "DOCUMENT_WITHDRAWN " + addendumId);
        // bulk export since before the withdrawal: both under deleted
        String status = given().header("Authorization", ehr).header("Prefer", "respond-async")
                .urlEncodingEnabled(false).when().get(FHIR + "/$export?_type=DocumentReference&_since=" + since)
                .then().statusCode(202).extract().header("Content-Location");
        JsonPath manifest = awaitManifest(ehr, status.substring(status.indexOf(FHIR)));
        String deletedUrl = manifest.getString("deleted[0].url");
        String deleted = given().header("Authorization", ehr).urlEncodingEnabled(false)
                .when().get(deletedUrl.substring(deletedUrl.indexOf(FHIR))).then().statusCode(200).extract().asString();
        assertThat(deleted).contains("DocumentReference/" + noteId).contains("DocumentReference/" + addendumId);
        // webhooks: note.withdrawn for both
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (received.size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(received).hasSize(2).allMatch(body -> body.contains("\"note.withdrawn\""));
        assertThat(String.join("\n", received)).contains(noteId).contains(addendumId);
    }

    @Test
    void onlyASignedNoteInTheCallersAgencyIsWithdrawn() {
        String coach = demo.coach();
        String supervisor = demo.supervisor();
        String peerId = createPeer(coach, "Draft " + UUID.randomUUID());
        String draft = given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(session(Instant.now().minus(3, ChronoUnit.DAYS)))
                .when().post("/v1/peers/" + peerId + "/sessions").then().statusCode(201).extract().path("id");
        Map<String, String> why = Map.of("reason", "Wrong person");
        String etag = etagOf(supervisor, "/v1/sessions/" + draft + "/note");
        given().header("Authorization", supervisor).header("If-Match", etag).contentType(ContentType.JSON).body(why)
                .when().post("/v1/sessions/" + draft + "/note/withdrawal").then().statusCode(409);

        String signed = signedSession(coach, peerId);
        String signedEtag = etagOf(supervisor, "/v1/sessions/" + signed + "/note");
        given().header("Authorization", Agency.other().supervisor()).header("If-Match", signedEtag)
                .contentType(ContentType.JSON).body(why).when().post("/v1/sessions/" + signed + "/note/withdrawal")
                .then().statusCode(404);
        given().filter(OpenApiContract.requestBreaksContractOnPurpose()).header("Authorization", supervisor)
                .header("If-Match", signedEtag).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post("/v1/sessions/" + signed + "/note/withdrawal").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.containsString("reason"));
        given().header("Authorization", coach).when().get("/v1/sessions/" + signed + "/note").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("withdrawal")));
    }

    private static Map<String, Object> session(Instant start) {
        return Map.of("startedAt", start.toString(), "endedAt", start.plus(50, ChronoUnit.MINUTES).toString(),
                "modality", "IN_PERSON", "setting", "COMMUNITY",
                "note", Map.of("data", "Met at the library.", "assessment", "Engaged.", "plan", "Meet Friday."));
    }

    private static String signedSession(String coach, String peerId) {
        String sessionId = given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(session(Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)))
                .when().post("/v1/peers/" + peerId + "/sessions").then().statusCode(201).extract().path("id");
        given().header("Authorization", coach).when().post("/v1/sessions/" + sessionId + "/note/signature")
                .then().statusCode(200);
        return sessionId;
    }

    /** How many successful changes of the note the audit trail holds. */
    private static int noteUpdates(String supervisor, String noteId) {
        return given().header("Authorization", supervisor).queryParam("resourceId", noteId)
                .queryParam("resourceType", "SESSION_NOTE").queryParam("action", "UPDATE").queryParam("limit", 100)
                .when().get("/v1/audit-events").then().statusCode(200).extract().jsonPath()
                .getList("items.outcome", String.class).stream().filter("SUCCESS"::equals).toList().size();
    }

    private static String feedEnd(String token, String cursor) {
        return feedEnd(token, cursor, new ArrayList<>());
    }

    /** Reads the change feed from {@code cursor} to its end into {@code changes}; answers the final cursor. */
    private static String feedEnd(String token, String cursor, List<String> changes) {
        String position = cursor;
        boolean more = true;
        while (more) {
            var request = given().header("Authorization", token).queryParam("limit", 100);
            if (position != null) {
                request.queryParam("cursor", position);
            }
            JsonPath page = request.when().get("/v1/sync/notes").then().statusCode(200).extract().jsonPath();
            List<String> kinds = page.getList("items.kind", String.class);
            List<String> documents = page.getList("items.documentId", String.class);
            for (int i = 0; i < kinds.size(); i++) {
                changes.add(kinds.get(i) + " " + documents.get(i));
            }
            position = page.getString("cursor");
            more = page.getBoolean("more");
        }
        return position;
    }

    private static JsonPath awaitManifest(String token, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Response response = given().header("Authorization", token).urlEncodingEnabled(false).when().get(status);
            if (response.statusCode() == 200) {
                return response.jsonPath();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The export did not complete in time");
    }
}
