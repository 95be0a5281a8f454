package org.peerpath.api.peer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.peerpath.api.testing.Agency.createPeer;
import static org.peerpath.api.testing.Agency.etagOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.peerpath.api.testing.Agency;
import org.peerpath.common.testing.OpenApiContract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PeerResourceTest {

    private final Agency demo = Agency.demo();
    private final Agency other = Agency.other();

    @Test
    void aCoachEnrolsAPeerAndBecomesTheirCoach() {
        String coach = demo.coach();
        String id = createPeer(coach, Map.of("preferredName", "Jamie R.", "pronouns", "they/them",
                "recoveryPathways", List.of("MUTUAL_AID", "HARM_REDUCTION")))
                .statusCode(201)
                .header("Location", containsString("/v1/peers/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("ACTIVE"))
                .body("recoveryPathways", contains("MUTUAL_AID", "HARM_REDUCTION"))
                .body("coaches", hasSize(1))
                .body("coaches[0].credentials", equalTo("CPRS"))
                .extract().path("id");
        given().header("Authorization", coach).when().get("/v1/peers/" + id)
                .then().statusCode(200).header("ETag", notNullValue()).body("preferredName", equalTo("Jamie R."));
        given().header("Authorization", coach).when().get("/v1/caseload")
                .then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void peersOutsideTheCaseloadOrOrganizationAnswer404() {
        String coach = demo.coach();
        String id = createPeer(coach, "Avery");
        for (String stranger : List.of(demo.coach(), other.supervisor(), other.admin(), other.coach(),
                demo.participant("someone-" + UUID.randomUUID()))) {
            given().header("Authorization", stranger).when().get("/v1/peers/" + id)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://peerpath.dev/problems/not-found"));
        }
        given().header("Authorization", demo.supervisor()).when().get("/v1/peers/" + id).then().statusCode(200);
        given().header("Authorization", demo.admin()).when().get("/v1/peers/" + id).then().statusCode(200);
        given().header("Authorization", demo.coach()).when().get("/v1/peers?coachId=" + UUID.randomUUID())
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void aParticipantSeesOnlyTheirOwnRecord() {
        String subject = "participant-" + UUID.randomUUID();
        String coach = demo.coach();
        String own = createPeer(coach, Map.of("preferredName", "Pat", "participantSubject", subject))
                .statusCode(201).extract().path("id");
        createPeer(coach, "Someone else");
        given().header("Authorization", demo.participant(subject)).when().get("/v1/peers")
                .then().statusCode(200).body("items.id", contains(own));
        given().header("Authorization", demo.participant(subject)).when().get("/v1/peers/" + own)
                .then().statusCode(200);
        given().header("Authorization", other.participant(subject)).when().get("/v1/peers/" + own)
                .then().statusCode(404);
    }

    @Test
    void listsArePagedWithACursorAndFilteredByStatus() {
        String coach = demo.coach();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(createPeer(coach, "Paged " + i));
        }
        var first = given().header("Authorization", coach).when().get("/v1/peers?limit=2")
                .then().statusCode(200).header("Link", containsString("rel=\"next\""))
                .body("items.id", contains(ids.get(0), ids.get(1))).extract();
        String cursor = first.path("nextCursor");
        given().header("Authorization", coach).queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/v1/peers")
                .then().statusCode(200).body("items.id", contains(ids.get(2))).body("nextCursor", equalTo(null));
        given().header("Authorization", coach).when().get("/v1/peers?status=PAUSED")
                .then().statusCode(200).body("items", empty());
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).when().get("/v1/peers?cursor=not-a-cursor")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void searchByNameTravelsInTheBodyAndStaysInScope() {
        String coach = demo.coach();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String mine = createPeer(coach, "Morgan " + tag);
        createPeer(demo.coach(), "Morgan " + tag);
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("name", tag.toUpperCase()))
                .when().post("/v1/peers/search")
                .then().statusCode(200).body("items.id", contains(mine));
        given().header("Authorization", demo.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("name", "morgan " + tag))
                .when().post("/v1/peers/search")
                .then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void aMergePatchNeedsTheCurrentETag() {
        String coach = demo.coach();
        String id = createPeer(coach, "Drew");
        String etag = etagOf(coach, "/v1/peers/" + id);
        String newTag = given().header("Authorization", coach).header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body(Map.of("pronouns", "he/him", "status", "PAUSED"))
                .when().patch("/v1/peers/" + id)
                .then().statusCode(200)
                .body("pronouns", equalTo("he/him"))
                .body("status", equalTo("PAUSED"))
                .body("preferredName", equalTo("Drew"))
                .extract().header("ETag");
        assertThat(newTag).isNotEqualTo(etag);
        given().header("Authorization", coach).header("If-Match", etag)
                .contentType("application/merge-patch+json").body(Map.of("pronouns", "she/her"))
                .when().patch("/v1/peers/" + id)
                .then().statusCode(412).body("type", equalTo("https://peerpath.dev/problems/precondition-failed"));
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach)
                .contentType("application/merge-patch+json").body(Map.of("pronouns", "she/her"))
                .when().patch("/v1/peers/" + id)
                .then().statusCode(428).body("type", equalTo("https://peerpath.dev/problems/precondition-required"));
        given().header("Authorization", coach).header("If-Match", newTag)
                .contentType("application/merge-patch+json").body("{\"pronouns\": null}")
                .when().patch("/v1/peers/" + id)
                .then().statusCode(200).body("pronouns", equalTo(null));
    }

    @Test
    void badPatchesAnswer400AndChangeNothing() {
        String coach = demo.coach();
        String id = createPeer(coach, "Quinn");
        String etag = etagOf(coach, "/v1/peers/" + id);
        Map<String, String> cases = Map.of(
                "{\"preferredName\": null}", "preferredName",
                "{\"status\": \"CONCLUDED\"}", "status",
                "{\"recoveryPathways\": [\"FLYING\"]}", "recoveryPathways[0]",
                "{\"dateOfBirth\": \"yesterday\"}", "dateOfBirth",
                "{\"favouriteColour\": \"blue\"}", "favouriteColour",
                "{\"pronouns\": \"" + "x".repeat(51) + "\"}", "pronouns");
        cases.forEach((body, field) -> given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).header("If-Match", etag)
                .contentType("application/merge-patch+json").body(body)
                .when().patch("/v1/peers/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
        given().header("Authorization", coach).when().get("/v1/peers/" + id)
                .then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void concurrentUpdatesWithTheSameETagLetOneWin() throws Exception {
        String coach = demo.coach();
        String id = createPeer(coach, "Riley");
        String etag = etagOf(coach, "/v1/peers/" + id);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String strengths = "version " + i;
                Callable<Integer> update = () -> given().header("Authorization", coach).header("If-Match", etag)
                        .contentType("application/merge-patch+json").body(Map.of("strengths", strengths))
                        .when().patch("/v1/peers/" + id).then().extract().statusCode();
                results.add(pool.submit(update));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200, 412);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetriedCreateWithTheSameKeyCreatesOnePeer() {
        String coach = demo.coach();
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("preferredName", "Sky");
        String first = given().header("Authorization", coach).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers").then().statusCode(201).extract().path("id");
        given().header("Authorization", coach).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", containsString(first))
                .body("id", equalTo(first));
        given().header("Authorization", coach).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("preferredName", "Someone else"))
                .when().post("/v1/peers")
                .then().statusCode(422).body("type", equalTo("https://peerpath.dev/problems/unprocessable"));
        given().header("Authorization", coach).when().get("/v1/caseload")
                .then().statusCode(200).body("items.id", contains(first));
    }

    @Test
    void badCreatesAnswer4xxProblemsAndWriteNothing() {
        String coach = demo.coach();
        Map<String, String> cases = Map.of(
                "{}", "preferredName",
                "{\"preferredName\": \"" + "x".repeat(201) + "\"}", "preferredName",
                "{\"preferredName\": \"A\", \"recoveryPathways\": [\"NOPE\"]}", "recoveryPathways[0]",
                "{\"preferredName\": \"A\", \"recoveryPathways\": \"MUTUAL_AID\"}", "recoveryPathways",
                "{\"preferredName\": \"A\", \"dateOfBirth\": \"2999-01-01\"}", "dateOfBirth",
                "{\"preferredName\": \"A\", \"coachIds\": [\"not-a-uuid\"]}", "coachIds[0]");
        cases.forEach((body, field) -> given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body(not(containsString("Exception"))));
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).contentType(ContentType.JSON).body("{not json")
                .when().post("/v1/peers")
                .then().statusCode(400).contentType("application/problem+json");
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).contentType(ContentType.TEXT).body("preferredName=A")
                .when().post("/v1/peers")
                .then().statusCode(415).contentType("application/problem+json");
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).when().get("/v1/peers/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://peerpath.dev/problems/validation-failed"));
        given().header("Authorization", coach).when().get("/v1/caseload")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void supervisorsAssignCoachesAndCoachesCannot() {
        String coach = demo.coach();
        String second = demo.coach();
        String secondId = Agency.staffIdOf(second);
        String id = createPeer(coach, "Harper");
        String etag = etagOf(coach, "/v1/peers/" + id);
        given().header("Authorization", coach).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("coachIds", List.of(secondId)))
                .when().put("/v1/peers/" + id + "/coaches")
                .then().statusCode(403);
        String supervisor = demo.supervisor();
        given().header("Authorization", supervisor).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("coachIds", List.of(secondId)))
                .when().put("/v1/peers/" + id + "/coaches")
                .then().statusCode(200).body("coaches.staffId", contains(secondId));
        given().header("Authorization", second).when().get("/v1/peers/" + id).then().statusCode(200);
        given().header("Authorization", coach).when().get("/v1/peers/" + id).then().statusCode(404);
        given().header("Authorization", supervisor).header("If-Match", etagOf(supervisor, "/v1/peers/" + id))
                .contentType(ContentType.JSON).body(Map.of("coachIds", List.of(UUID.randomUUID())))
                .when().put("/v1/peers/" + id + "/coaches")
                .then().statusCode(422);
        given().header("Authorization", other.supervisor()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("coachIds", List.of()))
                .when().put("/v1/peers/" + id + "/coaches")
                .then().statusCode(404);
    }

    @Test
    void aConcludedPeerIsKeptAsItWas() {
        String coach = demo.coach();
        String id = createPeer(coach, "Emerson");
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("reason", "Completed the program"))
                .when().post("/v1/peers/" + id + "/conclusion")
                .then().statusCode(200).body("status", equalTo("CONCLUDED")).body("concludedAt", notNullValue());
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("reason", "Again"))
                .when().post("/v1/peers/" + id + "/conclusion")
                .then().statusCode(409);
        given().header("Authorization", coach).header("If-Match", etagOf(coach, "/v1/peers/" + id))
                .contentType("application/merge-patch+json").body(Map.of("pronouns", "she/her"))
                .when().patch("/v1/peers/" + id)
                .then().statusCode(409).body("type", equalTo("https://peerpath.dev/problems/conflict"));
    }

    @Test
    void genderAndLegalNamesAreWhatWasRecordedNeverDerived() {
        String coach = demo.coach();
        String id = createPeer(coach, Map.of("preferredName", "Jamie R.", "pronouns", "she/her"))
                .statusCode(201)
                .body("gender", equalTo("UNKNOWN"))
                .body("givenName", equalTo(null))
                .body("familyName", equalTo(null))
                .extract().path("id");
        String etag = given().header("Authorization", coach).header("If-Match", etagOf(coach, "/v1/peers/" + id))
                .contentType("application/merge-patch+json")
                .body(Map.of("gender", "FEMALE", "givenName", " Jamie Lee ", "familyName", "Rivera"))
                .when().patch("/v1/peers/" + id)
                .then().statusCode(200)
                .body("gender", equalTo("FEMALE"))
                .body("givenName", equalTo("Jamie Lee"))
                .body("familyName", equalTo("Rivera"))
                .body("preferredName", equalTo("Jamie R."))
                .extract().header("ETag");
        given().header("Authorization", coach).header("If-Match", etag)
                .contentType("application/merge-patch+json").body("{\"gender\": null, \"givenName\": null}")
                .when().patch("/v1/peers/" + id)
                .then().statusCode(200).body("gender", equalTo("UNKNOWN")).body("givenName", equalTo(null))
                .body("familyName", equalTo("Rivera"));
        createPeer(coach, Map.of("preferredName", "Sam", "gender", "OTHER", "familyName", "Okafor"))
                .statusCode(201).body("gender", equalTo("OTHER")).body("givenName", equalTo(null))
                .body("familyName", equalTo("Okafor"));
        Map<String, String> cases = Map.of(
                "{\"preferredName\": \"A\", \"gender\": \"ROBOT\"}", "gender",
                "{\"preferredName\": \"A\", \"givenName\": \"" + "x".repeat(101) + "\"}", "givenName",
                "{\"preferredName\": \"A\", \"familyName\": \"" + "x".repeat(101) + "\"}", "familyName");
        cases.forEach((body, field) -> given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).contentType(ContentType.JSON).body(body)
                .when().post("/v1/peers")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field)));
    }
}
