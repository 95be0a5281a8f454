package org.peerpath.api.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.notNullValue;
import static org.peerpath.api.testing.Agency.createPeer;
import static org.peerpath.api.testing.Agency.etagOf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerpath.api.testing.Agency;
import org.peerpath.common.testing.OpenApiContract;
import org.peerpath.common.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SessionResourceTest {

    private static final Instant DAY = Instant.parse("2026-11-20T15:00:00Z");

    private final Agency demo = Agency.demo();

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = org.peerpath.api.testing.ContentServiceStub.PORT_PROPERTY)
    int stubPort;

    private static Map<String, Object> session(Instant start, int minutes, boolean complete) {
        Map<String, Object> body = new HashMap<>();
        body.put("startedAt", start.toString());
        body.put("endedAt", start.plus(minutes, ChronoUnit.MINUTES).toString());
        body.put("modality", "IN_PERSON");
        body.put("stages", List.of("EXPLORING"));
        body.put("supportTypes", List.of("EMOTIONAL"));
        body.put("techniques", List.of("oars"));
        body.put("riskFlags", List.of(Map.of("type", "RECURRENCE_OF_USE", "referral", "Clinic walk-in")));
        if (complete) {
            body.put("setting", "COMMUNITY");
            body.put("note", Map.of("data", "Met at the library.", "assessment", "Engaged.", "plan", "Meet Friday."));
        }
        return body;
    }

    private static String createSession(String coach, String peerId, Map<String, Object> body) {
        return given().header("Authorization", coach).contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers/" + peerId + "/sessions")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void unitsAreDerivedOnTheServerWithTheDailyCap() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Units");
        int[][] cases = { { 7, 0 }, { 8, 1 }, { 22, 1 }, { 23, 2 } };
        for (int i = 0; i < cases.length; i++) {
            given().header("Authorization", coach).contentType(ContentType.JSON)
                    .body(session(DAY.plus(i, ChronoUnit.DAYS), cases[i][0], false))
                    .when().post("/v1/peers/" + peer + "/sessions")
                    .then().statusCode(201)
                    .body("minutes", equalTo(cases[i][0]))
                    .body("billingUnits", equalTo(cases[i][1]))
                    .body("serviceCode", equalTo("H0038"))
                    .body("noteStatus", equalTo("DRAFT"));
        }
        Instant capped = DAY.minus(30, ChronoUnit.DAYS);
        given().header("Authorization", coach).contentType(ContentType.JSON).body(session(capped, 14 * 15, false))
                .when().post("/v1/peers/" + peer + "/sessions").then().statusCode(201).body("billingUnits", equalTo(14));
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(session(capped.plus(5, ChronoUnit.HOURS), 60, false))
                .when().post("/v1/peers/" + peer + "/sessions").then().statusCode(201).body("billingUnits", equalTo(2));
    }

    @Test
    void signingFreezesTheNote() {
        String subject = "coach-" + UUID.randomUUID();
        String coach = Agency.staffToken(subject, "peer-specialist", Instant.now(), TestTokens.DEMO_AGENCY);
        String peer = createPeer(coach, "Signer");
        String id = createSession(coach, peer, session(DAY, 50, true));
        given().header("Authorization", coach).when().post("/v1/sessions/" + id + "/note/signature")
                .then().statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("signerCredentials", equalTo("CPRS"))
                .body("signedAt", notNullValue())
                .body("contentHash", matchesPattern("[0-9a-f]{64}"));
        String etag = etagOf(coach, "/v1/sessions/" + id + "/note");
        given().header("Authorization", coach).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("format", "DAP", "sections", Map.of("data", "Rewritten")))
                .when().put("/v1/sessions/" + id + "/note")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://peerpath.dev/problems/conflict"))
                .body("detail", containsString("never be changed"));
        given().header("Authorization", coach).header("If-Match", etagOf(coach, "/v1/sessions/" + id))
                .when().delete("/v1/sessions/" + id)
                .then().statusCode(409).body("detail", containsString("never be deleted"));
        given().header("Authorization", coach).when().post("/v1/sessions/" + id + "/note/signature")
                .then().statusCode(409);
        given().header("Authorization", coach).when().get("/v1/sessions/" + id + "/note")
                .then().statusCode(200).body("sections.data", equalTo("Met at the library."));
    }

    @Test
    void aNoteMissingWhatPayersRequireIsNotSignable() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Incomplete");
        String id = createSession(coach, peer, session(DAY, 30, false));
        given().header("Authorization", coach).when().post("/v1/sessions/" + id + "/note/signature")
                .then().statusCode(422)
                .body("errors.field", hasItems("setting", "sections.data", "sections.assessment", "sections.plan"));
    }

    @Test
    void signingNeedsARecentLogin() {
        String subject = "coach-" + UUID.randomUUID();
        String fresh = Agency.staffToken(subject, "peer-specialist", Instant.now(), TestTokens.DEMO_AGENCY);
        String stale = Agency.staffToken(subject, "peer-specialist", Instant.now().minus(2, ChronoUnit.HOURS),
                TestTokens.DEMO_AGENCY);
        String peer = createPeer(fresh, "Stale");
        String id = createSession(fresh, peer, session(DAY, 30, true));
        List<String> challenges = given().header("Authorization", stale)
                .when().post("/v1/sessions/" + id + "/note/signature")
                .then().statusCode(401).contentType("application/problem+json")
                .extract().headers().getValues("WWW-Authenticate");
        assertThat(challenges).anyMatch(c -> c.contains("insufficient_user_authentication"));
        given().header("Authorization", fresh).when().get("/v1/sessions/" + id + "/note")
                .then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void addendaFollowASignedNoteInOrderAndASupervisorCoSigns() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Addenda");
        String id = createSession(coach, peer, session(DAY, 45, true));
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("reason", "Too early", "text", "Draft still"))
                .when().post("/v1/sessions/" + id + "/note/addenda").then().statusCode(409);
        given().header("Authorization", coach).when().post("/v1/sessions/" + id + "/note/signature")
                .then().statusCode(200);
        for (int i = 1; i <= 3; i++) {
            given().header("Authorization", coach).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Late entry " + i, "text", "Addition " + i))
                    .when().post("/v1/sessions/" + id + "/note/addenda")
                    .then().statusCode(201).body("sequence", equalTo(i))
                    .body("contentHash", matchesPattern("[0-9a-f]{64}"));
        }
        String supervisor = demo.supervisor();
        given().header("Authorization", supervisor).when().post("/v1/sessions/" + id + "/note/cosignature")
                .then().statusCode(200).body("cosignedAt", notNullValue());
        given().header("Authorization", supervisor).when().post("/v1/sessions/" + id + "/note/cosignature")
                .then().statusCode(409);
        given().header("Authorization", supervisor).when().get("/v1/sessions/" + id + "/note")
                .then().statusCode(200)
                .body("addenda.sequence", contains(1, 2, 3))
                .body("addenda.reason", contains("Late entry 1", "Late entry 2", "Late entry 3"));
    }

    @Test
    void aRetriedSessionPostCreatesOneSession() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Retry");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = session(DAY, 30, true);
        String first = given().header("Authorization", coach).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers/" + peer + "/sessions").then().statusCode(201).extract().path("id");
        given().header("Authorization", coach).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers/" + peer + "/sessions")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().header("Authorization", coach).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(session(DAY, 31, true))
                .when().post("/v1/peers/" + peer + "/sessions").then().statusCode(422);
        given().header("Authorization", coach).when().get("/v1/peers/" + peer + "/sessions")
                .then().statusCode(200).body("items.id", contains(first));
    }

    @Test
    void sessionsOutsideTheCaseloadOrOrganizationAnswer404() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Private");
        String id = createSession(coach, peer, session(DAY, 30, true));
        for (String stranger : List.of(demo.coach(), Agency.other().supervisor(), Agency.other().coach())) {
            given().header("Authorization", stranger).when().get("/v1/sessions/" + id).then().statusCode(404);
            given().header("Authorization", stranger).when().get("/v1/sessions/" + id + "/note")
                    .then().statusCode(404);
            given().header("Authorization", stranger).when().get("/v1/peers/" + peer + "/sessions")
                    .then().statusCode(404);
        }
        given().header("Authorization", demo.coach()).contentType(ContentType.JSON).body(session(DAY, 30, true))
                .when().post("/v1/peers/" + peer + "/sessions").then().statusCode(404);
        given().header("Authorization", demo.supervisor()).when().get("/v1/sessions/" + id).then().statusCode(200);
        given().header("Authorization", demo.admin()).when().get("/v1/sessions/" + id).then().statusCode(403);
    }

    @Test
    void badSessionsAnswer400AndWriteNothing() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Bad input");
        Map<String, Object> backwards = session(DAY, 30, false);
        backwards.put("endedAt", DAY.minus(5, ChronoUnit.MINUTES).toString());
        Map<String, Object> badModality = session(DAY, 30, false);
        badModality.put("modality", "TELEPATHY");
        Map<String, Object> badSlug = session(DAY, 30, false);
        badSlug.put("techniques", List.of("Not A Slug"));
        Map<String, Object> wrongSection = session(DAY, 30, false);
        wrongSection.put("note", Map.of("subjective", "SOAP section in a DAP note"));
        Map<String, Object> tooLong = session(DAY, 30, false);
        tooLong.put("nextSteps", "x".repeat(4001));
        Map<Map<String, Object>, String> cases = Map.of(backwards, "endedAt", badModality, "modality",
                badSlug, "techniques", wrongSection, "note.subjective", tooLong, "nextSteps");
        cases.forEach((body, field) -> given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers/" + peer + "/sessions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith(field))));
        given().header("Authorization", coach).when().get("/v1/peers/" + peer + "/sessions")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void aDraftSessionCanBeDeletedWithItsETag() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Mistake");
        String id = createSession(coach, peer, session(DAY, 30, false));
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).when().delete("/v1/sessions/" + id).then().statusCode(428);
        given().header("Authorization", coach).header("If-Match", "\"99\"").when().delete("/v1/sessions/" + id)
                .then().statusCode(412);
        given().header("Authorization", coach).header("If-Match", etagOf(coach, "/v1/sessions/" + id))
                .when().delete("/v1/sessions/" + id).then().statusCode(204);
        given().header("Authorization", coach).when().get("/v1/sessions/" + id).then().statusCode(404);
    }

    @Test
    void topicsAndTechniquesAreCheckedAgainstTheCurriculum() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Curious");
        Map<String, Object> body = session(DAY.plus(3, ChronoUnit.HOURS), 30, false);
        body.put("topics", List.of("healthy-boundaries", "topic:harm-reduction"));
        body.put("techniques", List.of("oars", "juggling"));
        given().header("Authorization", coach).contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers/" + peer + "/sessions").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("techniques[1]"));
        body.put("techniques", List.of("oars", "topic:goal-setting"));
        given().header("Authorization", coach).contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers/" + peer + "/sessions").then().statusCode(422)
                .body("errors.field", contains("techniques[1]"));
        body.put("techniques", List.of("oars", "technique:grounding"));
        given().header("Authorization", coach).contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers/" + peer + "/sessions").then().statusCode(201)
                .body("unverifiedReferences", empty());
        given().header("Authorization", coach).when().get("/v1/peers/" + peer + "/sessions")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void whileTheCurriculumIsDownASessionIsKeptWithUnverifiedReferences() throws InterruptedException {
        String coach = demo.coach();
        String peer = createPeer(coach, "Offline");
        Map<String, Object> body = session(DAY.plus(4, ChronoUnit.HOURS), 30, false);
        body.put("techniques", List.of("mindful-eating"));
        body.put("topics", List.of("life-skills-coaching"));
        org.peerpath.api.testing.ContentServiceStub.down(stubPort);
        String id;
        try {
            id = given().header("Authorization", coach).contentType(ContentType.JSON).body(body)
                    .when().post("/v1/peers/" + peer + "/sessions").then().statusCode(201)
                    .body("unverifiedReferences", contains("topic:life-skills-coaching",
                            "technique:mindful-eating"))
                    .extract().path("id");
        } finally {
            org.peerpath.api.testing.ContentServiceStub.up(stubPort);
        }
        given().header("Authorization", coach).when().get("/v1/sessions/" + id).then().statusCode(200)
                .body("unverifiedReferences", hasItem("technique:mindful-eating"));
        given().header("Authorization", coach).when().get("/v1/peers/" + peer + "/sessions").then().statusCode(200)
                .body("items[0].unverifiedReferences", hasItem("topic:life-skills-coaching"));
        Thread.sleep(300); // the circuit breaker's test delay, so that later tests reach content-service again
    }

    @Test
    void aSessionAddressesOnlyItsPeersGoals() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Goal owner");
        String otherPeer = createPeer(coach, "Someone else");
        String own = given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("domain", "WELLNESS", "statement", "Walk daily"))
                .when().post("/v1/peers/" + peer + "/goals").then().statusCode(201).extract().path("id");
        String theirs = given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("domain", "WELLNESS", "statement", "Sleep well"))
                .when().post("/v1/peers/" + otherPeer + "/goals").then().statusCode(201).extract().path("id");
        Map<String, Object> body = session(DAY.plus(5, ChronoUnit.HOURS), 30, false);
        body.put("goalIds", List.of(own, theirs, UUID.randomUUID().toString()));
        given().header("Authorization", coach).contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers/" + peer + "/sessions").then().statusCode(422)
                .body("errors.field", contains("goalIds[1]", "goalIds[2]"));
        given().header("Authorization", coach).when().get("/v1/peers/" + peer + "/sessions").then().statusCode(200)
                .body("items", empty());
        body.put("goalIds", List.of(own));
        given().header("Authorization", coach).contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers/" + peer + "/sessions").then().statusCode(201)
                .body("goalIds", contains(own));
    }
}
