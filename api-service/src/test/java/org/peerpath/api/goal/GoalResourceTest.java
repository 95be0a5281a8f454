package org.peerpath.api.goal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.peerpath.api.testing.Agency.createPeer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peerpath.api.testing.Agency;
import org.peerpath.api.testing.ContentServiceStub;
import org.peerpath.common.testing.OpenApiContract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class GoalResourceTest {

    private final Agency demo = Agency.demo();

    @ConfigProperty(name = ContentServiceStub.PORT_PROPERTY)
    int stubPort;

    private static final Map<String, Object> HOUSING = Map.of("domain", "HOUSING",
            "statement", "Move into my own apartment", "measure", "Signed lease", "targetDate", "2027-03-01",
            "status", "ACTIVE", "milestones", List.of(Map.of("title", "Call two listings", "done", false)),
            "techniques", List.of("smart-goals"));

    private static String createGoal(String coach, String peer) {
        return given().header("Authorization", coach).contentType(ContentType.JSON).body(HOUSING)
                .when().post("/v1/peers/" + peer + "/goals")
                .then().statusCode(201).body("status", equalTo("ACTIVE")).body("progress", equalTo(0))
                .extract().path("id");
    }

    @Test
    void checkInsTrackProgressAndStatusMovesFollowTheRules() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Goal setter");
        String goal = createGoal(coach, peer);
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("checkedOn", "2026-11-20", "progress", 40, "note", "Viewed one apartment"))
                .when().post("/v1/goals/" + goal + "/check-ins")
                .then().statusCode(201).body("progress", equalTo(40));
        given().header("Authorization", coach).contentType(ContentType.JSON).body(Map.of("status", "ACHIEVED"))
                .when().post("/v1/goals/" + goal + "/status")
                .then().statusCode(200).body("status", equalTo("ACHIEVED")).body("progress", equalTo(100))
                .body("checkIns.progress", contains(40));
        given().header("Authorization", coach).contentType(ContentType.JSON).body(Map.of("status", "PROPOSED"))
                .when().post("/v1/goals/" + goal + "/status")
                .then().statusCode(409).body("detail", containsString("cannot become PROPOSED"));
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("checkedOn", "2026-11-21", "progress", 50))
                .when().post("/v1/goals/" + goal + "/check-ins").then().statusCode(409);
    }

    @Test
    void theParticipantReadsTheirOwnGoalsAndNobodyElseDoes() {
        String subject = "participant-" + UUID.randomUUID();
        String coach = demo.coach();
        String peer = createPeer(coach, Map.of("preferredName", "Pat", "participantSubject", subject))
                .statusCode(201).extract().path("id");
        String goal = createGoal(coach, peer);
        given().header("Authorization", demo.participant(subject)).when().get("/v1/peers/" + peer + "/goals")
                .then().statusCode(200).body("items.id", contains(goal));
        given().header("Authorization", demo.participant(subject)).when().get("/v1/goals/" + goal)
                .then().statusCode(200);
        given().header("Authorization", demo.participant(subject)).contentType(ContentType.JSON)
                .body(Map.of("status", "CANCELLED"))
                .when().post("/v1/goals/" + goal + "/status").then().statusCode(403);
        for (String stranger : List.of(demo.participant("someone-" + UUID.randomUUID()), demo.coach(),
                Agency.other().supervisor())) {
            given().header("Authorization", stranger).when().get("/v1/goals/" + goal).then().statusCode(404);
            given().header("Authorization", stranger).when().get("/v1/peers/" + peer + "/goals")
                    .then().statusCode(404);
        }
        given().header("Authorization", demo.supervisor()).when().get("/v1/goals/" + goal).then().statusCode(200);
    }

    @Test
    void badGoalsAnswer400AndWriteNothing() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Bad goals");
        Map<String, String> cases = Map.of(
                "{\"statement\": \"No domain\"}", "domain",
                "{\"domain\": \"ASTRONOMY\", \"statement\": \"x\"}", "domain",
                "{\"domain\": \"HOUSING\", \"statement\": \"" + "x".repeat(1001) + "\"}", "statement",
                "{\"domain\": \"HOUSING\", \"statement\": \"x\", \"targetDate\": \"soon\"}", "targetDate",
                "{\"domain\": \"HOUSING\", \"statement\": \"x\", \"status\": \"ACHIEVED\"}", "status");
        cases.forEach((body, field) -> given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers/" + peer + "/goals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
        String goal = createGoal(coach, peer);
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("checkedOn", "2026-11-20", "progress", 101))
                .when().post("/v1/goals/" + goal + "/check-ins")
                .then().statusCode(400).body("errors.field", hasItem("progress"));
        given().header("Authorization", coach).when().get("/v1/goals/" + goal)
                .then().statusCode(200).body("checkIns", empty());
        given().header("Authorization", coach).when().get("/v1/peers/" + peer + "/goals")
                .then().statusCode(200).body("items.id", contains(goal));
    }

    @Test
    void linkedTopicsAndTechniquesAreCheckedAgainstTheCurriculum() throws InterruptedException {
        String coach = demo.coach();
        String peer = createPeer(coach, "Linker");
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("domain", "WELLNESS", "statement", "Sleep well", "topics", List.of("sleep-astrology"),
                        "techniques", List.of("smart-goals")))
                .when().post("/v1/peers/" + peer + "/goals").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("topics[0]"));
        ContentServiceStub.down(stubPort);
        String goal;
        try {
            goal = given().header("Authorization", coach).contentType(ContentType.JSON)
                    .body(Map.of("domain", "WELLNESS", "statement", "Sleep well", "topics", List.of("wellness-practices"),
                            "techniques", List.of("anchor-habits")))
                    .when().post("/v1/peers/" + peer + "/goals").then().statusCode(201)
                    .body("unverifiedReferences", contains("topic:wellness-practices", "technique:anchor-habits"))
                    .extract().path("id");
        } finally {
            ContentServiceStub.up(stubPort);
        }
        given().header("Authorization", coach).when().get("/v1/goals/" + goal).then().statusCode(200)
                .body("unverifiedReferences", hasItem("technique:anchor-habits"));
        given().header("Authorization", coach).when().get("/v1/peers/" + peer + "/goals").then().statusCode(200)
                .body("items[0].unverifiedReferences", hasItem("topic:wellness-practices"));
        Thread.sleep(300); // the circuit breaker's test delay, so that later tests reach content-service again
    }

    @Test
    void aCoachChangesAnOpenGoalWithAMergePatch() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Patcher");
        String goal = createGoal(coach, peer);
        String path = "/v1/goals/" + goal;
        String etag = given().header("Authorization", coach).when().get(path).then().statusCode(200)
                .extract().header("ETag");
        Map<String, Object> reached = Map.of("milestones", List.of(
                Map.of("title", "Call two listings", "done", true),
                Map.of("title", "Save the deposit", "dueDate", "2027-02-01", "done", false)),
                "measure", "A signed lease", "topics", List.of("goal-setting"));
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).contentType("application/merge-patch+json").body(reached)
                .when().patch(path).then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", coach).header("If-Match", "\"99\"")
                .contentType("application/merge-patch+json").body(reached)
                .when().patch(path).then().statusCode(412);
        String next = given().header("Authorization", coach).header("If-Match", etag)
                .contentType("application/merge-patch+json").body(reached)
                .when().patch(path).then().statusCode(200)
                .body("milestones.done", contains(true, false))
                .body("milestones[1].dueDate", equalTo("2027-02-01"))
                .body("measure", equalTo("A signed lease"))
                .body("statement", equalTo("Move into my own apartment"))
                .body("topics", contains("goal-setting"))
                .extract().header("ETag");
        given().header("Authorization", coach).header("If-Match", etag)
                .contentType("application/merge-patch+json").body(Map.of("measure", "Lost update"))
                .when().patch(path).then().statusCode(412);
        given().header("Authorization", coach).header("If-Match", next)
                .contentType("application/merge-patch+json").body(Map.of("techniques", List.of("juggling")))
                .when().patch(path).then().statusCode(422).body("errors.field", contains("techniques[0]"));
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).header("If-Match", next)
                .contentType("application/merge-patch+json").body(Map.of("status", "ACHIEVED"))
                .when().patch(path).then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).header("If-Match", next)
                .contentType("application/merge-patch+json").body(Map.of("statement", ""))
                .when().patch(path).then().statusCode(400);
        given().header("Authorization", demo.coach()).header("If-Match", next)
                .contentType("application/merge-patch+json").body(Map.of("measure", "Not mine"))
                .when().patch(path).then().statusCode(404);
        given().header("Authorization", coach).contentType(ContentType.JSON).body(Map.of("status", "ACHIEVED"))
                .when().post(path + "/status").then().statusCode(200);
        String closed = given().header("Authorization", coach).when().get(path).then().extract().header("ETag");
        given().header("Authorization", coach).header("If-Match", closed)
                .contentType("application/merge-patch+json").body(Map.of("measure", "After the fact"))
                .when().patch(path).then().statusCode(409);
        given().header("Authorization", coach).when().get(path).then().statusCode(200)
                .body("measure", equalTo("A signed lease"));
    }
}
