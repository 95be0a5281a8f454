package org.peerpath.api.querybudget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.peerpath.api.querybudget.Budgets.RECORDS;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.peerpath.api.testing.Agency;
import org.peerpath.api.testing.LockingStatements;
import org.peerpath.api.testing.NoScheduledJobs;
import org.peerpath.common.testing.TestTokens;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * Records endpoints stay within their SQL statement budgets, a list's cost does not grow with its page, and reads
 * lock no rows (a lock would make concurrent reads and writes of the same peer wait on each other).
 */
@QuarkusTest
@TestProfile(NoScheduledJobs.class)
class RecordsQueryBudgetTest {

    private static final int MANY = 20;
    private static final Instant DAY = Instant.parse("2026-09-01T15:00:00Z");

    /** A coach who may sign (logged in just now). */
    private static String signingCoach() {
        return Agency.staffToken("coach-" + UUID.randomUUID(), "peer-specialist", Instant.now(),
                TestTokens.DEMO_AGENCY);
    }

    @Inject
    @PersistenceUnitExtension
    LockingStatements locks;

    private void get(String token, String path) {
        LockingStatements.Taken taken = locks.during(
                () -> given().header("Authorization", token).when().get(path).then().statusCode(200));
        assertThat(taken).withFailMessage("GET %s locked rows: %s", path, taken)
                .isEqualTo(new LockingStatements.Taken(0, 0));
    }

    @Test
    void caseloadAndPeerList() {
        String coach = Agency.demo().coach();
        List<String> peers = IntStream.range(0, MANY).mapToObj(i -> Agency.createPeer(coach, "Budget " + i)).toList();

        RECORDS.checkFlat("GET /v1/caseload", () -> get(coach, "/v1/caseload?limit=2"),
                () -> get(coach, "/v1/caseload?limit=" + MANY));
        RECORDS.checkFlat("GET /v1/peers", () -> get(coach, "/v1/peers?limit=2"),
                () -> get(coach, "/v1/peers?limit=" + MANY));
        RECORDS.check("GET /v1/peers/{id}", () -> get(coach, "/v1/peers/" + peers.get(0)));
    }

    @Test
    void sessionsAndNotes() {
        String coach = signingCoach();
        String peer = Agency.createPeer(coach, "Sessions");
        for (int i = 0; i < MANY - 1; i++) {
            createSession(coach, peer, DAY.plus(i, ChronoUnit.DAYS));
        }
        String[] created = new String[1];
        RECORDS.check("POST /v1/peers/{id}/sessions", () -> assertThat(locks.during(
                () -> created[0] = createSession(coach, peer, DAY.plus(MANY, ChronoUnit.DAYS))).exclusive())
                .as("recording a session locks its peer").isPositive());
        String session = created[0];

        RECORDS.checkFlat("GET /v1/peers/{id}/sessions", () -> get(coach, "/v1/peers/" + peer + "/sessions?limit=2"),
                () -> get(coach, "/v1/peers/" + peer + "/sessions?limit=" + MANY));
        RECORDS.check("GET /v1/sessions/{id}", () -> get(coach, "/v1/sessions/" + session));
        RECORDS.check("GET /v1/sessions/{id}/note", () -> get(coach, "/v1/sessions/" + session + "/note"));
        RECORDS.check("POST /v1/sessions/{id}/note/signature", () -> given().header("Authorization", coach)
                .when().post("/v1/sessions/" + session + "/note/signature").then().statusCode(200));
    }

    @Test
    void goals() {
        String coach = Agency.demo().coach();
        String few = Agency.createPeer(coach, "Two goals");
        String many = Agency.createPeer(coach, "Twenty goals");
        IntStream.range(0, 2).forEach(i -> createGoal(coach, few, i));
        String goal = IntStream.range(0, MANY).mapToObj(i -> createGoal(coach, many, i)).toList().get(0);
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("checkedOn", "2026-11-20", "progress", 50, "note", "On track"))
                .when().post("/v1/goals/" + goal + "/check-ins").then().statusCode(201);

        RECORDS.checkFlat("GET /v1/peers/{id}/goals", () -> get(coach, "/v1/peers/" + few + "/goals"),
                () -> get(coach, "/v1/peers/" + many + "/goals"));
        RECORDS.check("GET /v1/goals/{id}", () -> get(coach, "/v1/goals/" + goal));
    }

    private static String createSession(String coach, String peer, Instant start) {
        Map<String, Object> body = new HashMap<>();
        body.put("startedAt", start.toString());
        body.put("endedAt", start.plus(50, ChronoUnit.MINUTES).toString());
        body.put("modality", "IN_PERSON");
        body.put("setting", "COMMUNITY");
        body.put("stages", List.of("EXPLORING"));
        body.put("supportTypes", List.of("EMOTIONAL", "INFORMATIONAL"));
        body.put("techniques", List.of("oars"));
        body.put("riskFlags", List.of(Map.of("type", "RECURRENCE_OF_USE", "referral", "Clinic walk-in")));
        body.put("note", Map.of("data", "Met at the library.", "assessment", "Engaged.", "plan", "Meet Friday."));
        return given().header("Authorization", coach).contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers/" + peer + "/sessions").then().statusCode(201).extract().path("id");
    }

    private static String createGoal(String coach, String peer, int i) {
        return given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("domain", "WELLNESS", "statement", "Walk daily " + i,
                        "milestones", List.of(Map.of("title", "First week"), Map.of("title", "First month")),
                        "techniques", List.of("oars")))
                .when().post("/v1/peers/" + peer + "/goals").then().statusCode(201).extract().path("id");
    }
}
