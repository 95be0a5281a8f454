package org.peerpath.api.querybudget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpath.api.querybudget.Budgets.EHR;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.peerpath.api.export.ExportService;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.api.testing.Agency;
import org.peerpath.api.testing.LockingStatements;
import org.peerpath.api.testing.NoScheduledJobs;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * The EHR side (change feed, FHIR searches, bulk export status) stays within its SQL statement budgets, and its reads
 * lock no rows exclusively. (They share-lock the consents they disclose under, so that a revocation waits for them:
 * docs/SCALING.md.)
 */
@QuarkusTest
@TestProfile(NoScheduledJobs.class)
class EhrQueryBudgetTest {

    private static final String FHIR = "/fhir/r4";
    private static final int MANY = 20;

    private final Agency demo = Agency.demo();

    @Inject
    ExportService exports;

    @Inject
    @PersistenceUnitExtension
    LockingStatements locks;

    private void get(String token, String path) {
        long exclusive = locks.during(() -> given().header("Authorization", token).urlEncodingEnabled(false).when()
                .get(path).then().statusCode(200)).exclusive();
        assertThat(exclusive).withFailMessage("GET %s took %d exclusive row locks", path, exclusive).isZero();
    }

    @Test
    void changeFeedAndDocumentSearch() {
        String peer = EhrTestData.peer("Feed");
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        EhrTestData.consent(demo.admin(), peer, client, "NOTES", "ENCOUNTERS");
        Instant start = Instant.now().minus(60, ChronoUnit.DAYS);
        IntStream.range(0, MANY).forEach(i -> EhrTestData.signNote(peer, start.plus(i, ChronoUnit.DAYS)));

        EHR.checkFlat("GET /v1/sync/notes", () -> get(token, "/v1/sync/notes?limit=2"),
                () -> get(token, "/v1/sync/notes?limit=" + MANY));
        EHR.checkFlat("GET /fhir/r4/DocumentReference",
                () -> get(token, FHIR + "/DocumentReference?patient=" + peer + "&_count=2"),
                () -> get(token, FHIR + "/DocumentReference?patient=" + peer + "&_count=" + MANY));
    }

    @Test
    void patientsAndCareTeams() {
        String coach = demo.coach();
        String admin = demo.admin();
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        List<String> peers = IntStream.range(0, MANY).mapToObj(i -> {
            String peer = Agency.createPeer(coach, "Care team " + i);
            given().header("Authorization", coach).contentType(ContentType.JSON)
                    .body(Map.of("members", List.of(Map.of("kind", "PERSON", "name", "Robin", "relationship", "Sister",
                            "phone", "+1 555 0100")), "checkInCadence", "MONTHLY"))
                    .when().post("/v1/peers/" + peer + "/network-plan").then().statusCode(201);
            EhrTestData.consent(admin, peer, client, "NOTES", "PLANS");
            return peer;
        }).toList();

        EHR.checkFlat("GET /fhir/r4/Patient", () -> get(token, FHIR + "/Patient?_count=2"),
                () -> get(token, FHIR + "/Patient?_count=" + MANY));
        EHR.check("GET /fhir/r4/Patient/{id}", () -> get(token, FHIR + "/Patient/" + peers.get(0)));
        EHR.checkFlat("GET /fhir/r4/CareTeam", () -> get(token, FHIR + "/CareTeam?_count=2"),
                () -> get(token, FHIR + "/CareTeam?_count=" + MANY));
    }

    @Test
    void exportStatus() {
        String peer = EhrTestData.peer("Export");
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        EhrTestData.consent(demo.admin(), peer, client, "NOTES", "ENCOUNTERS");
        EhrTestData.signNote(peer, Instant.now().minus(3, ChronoUnit.DAYS));
        String location = given().header("Authorization", token).header("Prefer", "respond-async")
                .urlEncodingEnabled(false).when().get(FHIR + "/Patient/$export?_type=DocumentReference,Patient")
                .then().statusCode(202).extract().header("Content-Location");
        exports.process();

        EHR.check("GET /fhir/r4/$export-status/{id}", () -> get(token, location.substring(location.indexOf(FHIR))));
    }
}
