package org.peerpath.api.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.peerpath.api.testing.Agency.createPeer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerpath.api.testing.Agency;
import org.peerpath.common.testing.OpenApiContract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AssessmentResourceTest {

    static final String BARC_10 = "b10c0000-0000-4000-8000-000000000001";

    private final Agency demo = Agency.demo();
    private final Agency other = Agency.other();

    static List<Map<String, Object>> answers(int... values) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Map<String, Object> answer = new HashMap<>();
            answer.put("linkId", Integer.toString(i + 1));
            if (values[i] == 0) {
                answer.put("notAnsweredReason", "DECLINED");
            } else {
                answer.put("value", values[i]);
            }
            answers.add(answer);
        }
        return answers;
    }

    static Map<String, Object> body(List<Map<String, Object>> answers) {
        return Map.of("instrumentId", BARC_10, "answers", answers);
    }

    static ValidatableResponse record(String token, String peerId, Map<String, ?> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers/" + peerId + "/assessments").then();
    }

    private static String path(String peerId) {
        return "/v1/peers/" + peerId + "/assessments";
    }

    @Test
    void theBarc10IsSeededWithItsItemsScaleCutoffAndCitation() {
        given().header("Authorization", demo.coach()).when().get("/v1/assessment-instruments/" + BARC_10)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("code", equalTo("BARC-10"))
                .body("version", equalTo("1"))
                .body("items", hasSize(10))
                .body("items[0].text", equalTo("There are more important things to me in life than using substances."))
                .body("items[9].text", equalTo("I am making good progress on my recovery journey."))
                .body("scaleMin", equalTo(1)).body("scaleMax", equalTo(6))
                .body("scaleLabels.label", contains("Strongly disagree", "Disagree", "Somewhat disagree",
                        "Somewhat agree", "Agree", "Strongly agree"))
                .body("totalMin", equalTo(10)).body("totalMax", equalTo(60)).body("cutoff", equalTo(47))
                .body("citation", org.hamcrest.Matchers.containsString("Drug and Alcohol Dependence 177, 71–76"))
                .body("enabledForAgency", equalTo(true));
        given().header("Authorization", demo.participant("p-" + UUID.randomUUID()))
                .when().get("/v1/assessment-instruments")
                .then().statusCode(200).body("items.code", hasItem("BARC-10"));
    }

    @Test
    void aCoachRecordsACompleteAssessmentScoredByTheServer() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Riley");
        String id = record(coach, peer, body(answers(5, 5, 5, 5, 5, 5, 5, 4, 4, 4)))
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString(path(peer) + "/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("COMPLETE"))
                .body("totalScore", equalTo(47))
                .body("meetsCutoff", equalTo(true))
                .body("mode", equalTo("COACH_ADMINISTERED"))
                .body("answers[0].label", equalTo("Agree"))
                .body("missingItems", hasSize(0))
                .extract().path("id");
        given().header("Authorization", coach).when().get(path(peer) + "/" + id)
                .then().statusCode(200).body("totalScore", equalTo(47)).body("instrumentCode", equalTo("BARC-10"));
        given().header("Authorization", demo.supervisor()).when().get(path(peer))
                .then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void aMissingAnswerIsStoredAsIncompleteWithoutATotal() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Sam");
        record(coach, peer, body(answers(6, 6, 6, 6, 0, 6, 6, 6, 6, 6)))
                .statusCode(201)
                .body("status", equalTo("INCOMPLETE"))
                .body("totalScore", nullValue())
                .body("meetsCutoff", nullValue())
                .body("missingItems", contains("5"))
                .body("answers[4].notAnsweredReason", equalTo("DECLINED"));
    }

    @Test
    void anItemLeftOutOrOffTheScaleIsA400AndNothingIsStored() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Kai");
        List<Map<String, Object>> nine = answers(5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
        nine.remove(9);
        record(coach, peer, body(nine))
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://peerpath.dev/problems/validation-failed"))
                .body("errors[0].field", equalTo("answers"));
        record(coach, peer, body(answers(5, 5, 5, 5, 5, 5, 5, 5, 5, 9)))
                .statusCode(400).body("errors[0].field", equalTo("answers[9].value"));
        given().header("Authorization", coach).when().get(path(peer))
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void trendShowsChangeSinceFirstAndLastAndTheCutoffCrossing() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Drew");
        record(coach, peer, Map.of("instrumentId", BARC_10, "administeredAt", "2026-01-05T10:00:00Z",
                "answers", answers(4, 4, 4, 4, 4, 4, 4, 4, 4, 4))).statusCode(201);
        record(coach, peer, Map.of("instrumentId", BARC_10, "administeredAt", "2026-03-05T10:00:00Z",
                "answers", answers(4, 4, 4, 4, 4, 4, 4, 4, 4, 0))).statusCode(201);
        record(coach, peer, Map.of("instrumentId", BARC_10, "administeredAt", "2026-02-05T10:00:00Z",
                "answers", answers(5, 4, 4, 4, 4, 4, 4, 4, 4, 4))).statusCode(201);
        record(coach, peer, Map.of("instrumentId", BARC_10, "administeredAt", "2026-04-05T10:00:00Z",
                "answers", answers(5, 5, 5, 5, 5, 5, 5, 5, 4, 4))).statusCode(201);
        given().header("Authorization", coach).queryParam("instrumentId", BARC_10).when().get(path(peer) + "/trend")
                .then().statusCode(200)
                .body("completeCount", equalTo(3))
                .body("incompleteCount", equalTo(1))
                .body("points.totalScore", contains(40, 41, 48))
                .body("first.totalScore", equalTo(40))
                .body("previous.totalScore", equalTo(41))
                .body("latest.totalScore", equalTo(48))
                .body("changeSinceFirst", equalTo(8))
                .body("changeSinceLast", equalTo(7))
                .body("crossingSinceFirst", equalTo("CROSSED_UP"))
                .body("crossingSinceLast", equalTo("CROSSED_UP"));
        given().header("Authorization", coach).queryParam("limit", 2).when().get(path(peer))
                .then().statusCode(200)
                .body("items.administeredAt", contains("2026-04-05T10:00:00Z", "2026-03-05T10:00:00Z"))
                .body("nextCursor", notNullValue());
    }

    @Test
    void aParticipantSelfReportsAndSeesOnlyTheirOwn() {
        String subject = "participant-" + UUID.randomUUID();
        String coach = demo.coach();
        String own = createPeer(coach, Map.of("preferredName", "Pat", "participantSubject", subject))
                .statusCode(201).extract().path("id");
        String someoneElse = createPeer(coach, "Someone else");
        String elsewhere = record(coach, someoneElse, body(answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3)))
                .statusCode(201).extract().path("id");
        String participant = demo.participant(subject);
        Map<String, Object> request = new HashMap<>(body(answers(2, 3, 4, 5, 6, 1, 2, 3, 4, 5)));
        request.put("mode", "COACH_ADMINISTERED");
        record(participant, own, request).statusCode(201)
                .body("mode", equalTo("SELF_REPORTED")).body("totalScore", equalTo(35));
        given().header("Authorization", participant).when().get(path(own))
                .then().statusCode(200).body("items", hasSize(1));
        record(participant, someoneElse, body(answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3))).statusCode(404);
        given().header("Authorization", participant).when().get(path(someoneElse)).then().statusCode(404);
        given().header("Authorization", participant).when().get(path(someoneElse) + "/" + elsewhere)
                .then().statusCode(404);
        given().header("Authorization", participant).when().get(path(own) + "/" + elsewhere)
                .then().statusCode(404);
    }

    @Test
    void accessFollowsTheCaseload() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Quinn");
        String id = record(coach, peer, body(answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3)))
                .statusCode(201).extract().path("id");
        for (String stranger : List.of(demo.coach(), other.supervisor(), other.coach())) {
            given().header("Authorization", stranger).when().get(path(peer) + "/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
            given().header("Authorization", stranger).when().get(path(peer)).then().statusCode(404);
        }
        // org-admins manage instruments, not people's answers: the role may not read assessments at all
        given().header("Authorization", demo.admin()).when().get(path(peer) + "/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        record(demo.coach(), peer, body(answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3))).statusCode(404);
        given().header("Authorization", demo.supervisor()).when().get(path(peer) + "/" + id).then().statusCode(200);
        given().header("Authorization", demo.supervisor()).queryParam("instrumentId", BARC_10)
                .when().get(path(peer) + "/trend").then().statusCode(200);
        record(demo.supervisor(), peer, body(answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3))).statusCode(403)
                .contentType("application/problem+json");
        record(demo.admin(), peer, body(answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3))).statusCode(403);
    }

    @Test
    void aRetriedPostWithTheSameKeyRecordsOnce() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Robin");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body(answers(4, 4, 4, 4, 4, 4, 4, 4, 4, 4));
        String first = given().header("Authorization", coach).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(path(peer))
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", coach).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(path(peer))
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().header("Authorization", coach).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body(answers(5, 4, 4, 4, 4, 4, 4, 4, 4, 4)))
                .when().post(path(peer))
                .then().statusCode(422).contentType("application/problem+json");
        given().header("Authorization", coach).when().get(path(peer)).then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void anAgencyCanSwitchTheInstrumentOffAndRelabelItsScale() {
        String admin = other.admin();
        String coach = other.coach();
        String peer = createPeer(coach, "Alex");
        String instrument = "/v1/assessment-instruments/" + BARC_10;
        String etag = given().header("Authorization", admin).when().get(instrument)
                .then().statusCode(200).extract().header("ETag");
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", admin).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().put(instrument + "/agency-settings").then().statusCode(428);
        given().header("Authorization", admin).header("If-Match", "\"999\"").contentType(ContentType.JSON)
                .body(Map.of("enabled", false))
                .when().put(instrument + "/agency-settings").then().statusCode(412);
        given().header("Authorization", coach).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("enabled", false))
                .when().put(instrument + "/agency-settings").then().statusCode(403);
        String off = given().header("Authorization", admin).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("enabled", false))
                .when().put(instrument + "/agency-settings")
                .then().statusCode(200).body("enabledForAgency", equalTo(false)).extract().header("ETag");
        try {
            record(coach, peer, body(answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3))).statusCode(422)
                    .contentType("application/problem+json");
            given().header("Authorization", demo.coach()).when().get(instrument)
                    .then().statusCode(200).body("enabledForAgency", equalTo(true));
        } finally {
            List<Map<String, Object>> labels = new ArrayList<>();
            String[] text = { "Not at all", "No", "Not really", "A bit", "Yes", "Very much" };
            for (int i = 0; i < 6; i++) {
                labels.add(Map.of("value", i + 1, "label", text[i]));
            }
            given().header("Authorization", admin).header("If-Match", off).contentType(ContentType.JSON)
                    .body(Map.of("enabled", true, "scaleLabels", labels))
                    .when().put(instrument + "/agency-settings")
                    .then().statusCode(200).body("enabledForAgency", equalTo(true))
                    .body("scaleLabels[0].label", equalTo("Not at all"));
        }
        record(coach, peer, body(answers(5, 3, 3, 3, 3, 3, 3, 3, 3, 3))).statusCode(201)
                .body("answers[0].label", equalTo("Yes"));
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", admin).header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("enabled", true, "scaleLabels", List.of(Map.of("value", 9, "label", "x"))))
                .when().put(instrument + "/agency-settings").then().statusCode(400);
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Jo");
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("instrumentId", "not-a-uuid", "answers", answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3)))
                .when().post(path(peer)).then().statusCode(400).contentType("application/problem+json");
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("instrumentId", BARC_10))
                .when().post(path(peer)).then().statusCode(400).contentType("application/problem+json");
        record(coach, peer, Map.of("instrumentId", UUID.randomUUID().toString(),
                "answers", answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3)))
                .statusCode(400).body("errors[0].field", equalTo("instrumentId"));
        given().header("Authorization", coach).when().get(path(peer)).then().statusCode(200)
                .body("items", hasSize(0));
    }
}
