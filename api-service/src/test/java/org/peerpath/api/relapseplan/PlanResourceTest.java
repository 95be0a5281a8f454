package org.peerpath.api.relapseplan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.peerpath.api.testing.Agency.createPeer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerpath.api.network.NetworkPlanTestData;
import org.peerpath.api.testing.Agency;
import org.peerpath.common.testing.OpenApiContract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class PlanResourceTest {

    private final Agency demo = Agency.demo();
    private final Agency other = Agency.other();

    private static String path(String peerId) {
        return "/v1/peers/" + peerId + "/relapse-prevention-plan";
    }

    /** A complete plan; whom to call names {@code crisisContact} (a member id of the peer's network plan) if given. */
    static Map<String, Object> plan(String reason, String crisisContact) {
        Map<String, Object> plan = new HashMap<>(Map.of(
                "warningSigns", Map.of("behavioural", List.of("Skipping meetings"), "emotional", List.of("Irritable"),
                        "mental", List.of("Thinking one drink would not hurt"), "physical", List.of("Not sleeping")),
                "highRiskSituations", List.of("Payday"),
                "triggers", List.of("Arguments at home"),
                "copingStrategies", List.of(Map.of("description", "Five things I can see",
                        "techniqueSlug", "technique:grounding"), Map.of("description", "Walk the dog")),
                "reasonsForRecovery", List.of(reason),
                "crisisLines", List.of(Map.of("name", "988 Suicide & Crisis Lifeline", "phone", "988")),
                "reviewDate", "2027-02-01"));
        if (crisisContact != null) {
            plan.put("whomToCall", List.of(Map.of("networkMemberId", crisisContact, "note", "Call first")));
        }
        return plan;
    }

    static ValidatableResponse create(String token, String peerId, Map<String, ?> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post(path(peerId)).then();
    }

    @Test
    void aCoachWritesThePlanAndEverySaveIsANewVersion() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Jordan");
        String member = NetworkPlanTestData.crisisContactOf(coach, peer);
        String etag = create(coach, peer, plan("My daughter", member)).statusCode(201)
                .body("versionNumber", equalTo(1))
                .body("warningSigns.physical", contains("Not sleeping"))
                .body("copingStrategies[0].techniqueSlug", equalTo("technique:grounding"))
                .body("whomToCall[0].order", equalTo(1))
                .body("whomToCall[0].resolution", equalTo("CURRENT"))
                .body("reviewDue", equalTo(false))
                .extract().header("ETag");
        create(coach, peer, plan("Again", member)).statusCode(409);
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).contentType(ContentType.JSON)
                .body(plan("Without If-Match", member))
                .when().put(path(peer)).then().statusCode(428);
        given().header("Authorization", coach).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(plan("Stale", member)).when().put(path(peer)).then().statusCode(412);
        String second = given().header("Authorization", coach).header("If-Match", etag).contentType(ContentType.JSON)
                .body(plan("My daughter, and my job", member)).when().put(path(peer))
                .then().statusCode(200).body("versionNumber", equalTo(2)).body("currentVersion", equalTo(2))
                .extract().header("ETag");
        given().header("Authorization", coach).header("If-Match", etag).contentType(ContentType.JSON)
                .body(plan("Lost update", member)).when().put(path(peer)).then().statusCode(412);
        given().header("Authorization", coach).when().get(path(peer))
                .then().statusCode(200).header("ETag", equalTo(second))
                .body("reasonsForRecovery", contains("My daughter, and my job"));
        given().header("Authorization", coach).when().get(path(peer) + "/versions")
                .then().statusCode(200).body("items.versionNumber", contains(2, 1));
        given().header("Authorization", coach).when().get(path(peer) + "/versions/1")
                .then().statusCode(200).body("reasonsForRecovery", contains("My daughter"));
        given().header("Authorization", coach).when().get(path(peer) + "/versions/3").then().statusCode(404);
    }

    @Test
    void theParticipantReadsTheirOwnPlanOnly() {
        String subject = "participant-" + UUID.randomUUID();
        String coach = demo.coach();
        String own = createPeer(coach, Map.of("preferredName", "Casey", "participantSubject", subject))
                .statusCode(201).extract().path("id");
        String someoneElse = createPeer(coach, "Someone");
        String member = NetworkPlanTestData.crisisContactOf(coach, own);
        String otherMember = NetworkPlanTestData.crisisContactOf(coach, someoneElse);
        create(coach, own, plan("Mine", member)).statusCode(201);
        create(coach, someoneElse, plan("Theirs", otherMember)).statusCode(201);
        String participant = demo.participant(subject);
        given().header("Authorization", participant).when().get(path(own))
                .then().statusCode(200).body("reasonsForRecovery", contains("Mine"));
        given().header("Authorization", participant).when().get(path(own) + "/versions")
                .then().statusCode(200).body("items", hasSize(1));
        given().header("Authorization", participant).when().get(path(someoneElse)).then().statusCode(404);
        given().header("Authorization", participant).when().get(path(someoneElse) + "/versions/1")
                .then().statusCode(404);
        create(participant, own, plan("Writing it myself", member)).statusCode(403);
    }

    @Test
    void accessFollowsTheCaseload() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Morgan");
        String member = NetworkPlanTestData.crisisContactOf(coach, peer);
        String etag = create(coach, peer, plan("Reasons", member)).statusCode(201).extract().header("ETag");
        given().header("Authorization", demo.admin()).when().get(path(peer)).then().statusCode(403);
        for (String stranger : List.of(demo.coach(), other.coach(), other.supervisor())) {
            given().header("Authorization", stranger).when().get(path(peer)).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        given().header("Authorization", demo.coach()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(plan("Not mine", member)).when().put(path(peer)).then().statusCode(404);
        given().header("Authorization", demo.supervisor()).when().get(path(peer)).then().statusCode(200);
        given().header("Authorization", demo.supervisor()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(plan("Supervisor", member)).when().put(path(peer)).then().statusCode(403);
        given().header("Authorization", demo.supervisor()).when().get(path(createPeer(coach, "No plan")))
                .then().statusCode(404);
    }

    @Test
    void aRetriedCreateWithTheSameKeyWritesOnce() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Taylor");
        String member = NetworkPlanTestData.crisisContactOf(coach, peer);
        String key = UUID.randomUUID().toString();
        given().header("Authorization", coach).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(plan("Once", member)).when().post(path(peer)).then().statusCode(201);
        given().header("Authorization", coach).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(plan("Once", member)).when().post(path(peer))
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("versionNumber", equalTo(1));
    }

    @Test
    void badInputIsAProblem() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Lee");
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("copingStrategies", List.of(Map.of("description", "x", "techniqueSlug", "Grounding!"))))
                .when().post(path(peer)).then().statusCode(400).contentType("application/problem+json");
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("reasonsForRecovery", List.of("x".repeat(2001))))
                .when().post(path(peer)).then().statusCode(400);
        String member = NetworkPlanTestData.crisisContactOf(coach, peer);
        create(coach, peer, Map.of("whomToCall", List.of(Map.of("networkMemberId", member),
                Map.of("networkMemberId", member)))).statusCode(422)
                .body("errors[0].field", equalTo("whomToCall[1].networkMemberId"));
        given().header("Authorization", coach).when().get(path(peer)).then().statusCode(404);
    }
}
