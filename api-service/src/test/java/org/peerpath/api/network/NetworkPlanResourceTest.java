package org.peerpath.api.network;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
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
class NetworkPlanResourceTest {

    private final Agency demo = Agency.demo();
    private final Agency other = Agency.other();

    private static String path(String peerId) {
        return "/v1/peers/" + peerId + "/network-plan";
    }

    private static ValidatableResponse create(String token, String peerId, Map<String, ?> body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post(path(peerId)).then();
    }

    private static ValidatableResponse put(String token, String peerId, String etag, Map<String, ?> body) {
        return given().header("Authorization", token).header("If-Match", etag).contentType(ContentType.JSON)
                .body(body).when().put(path(peerId)).then();
    }

    private static Map<String, Object> member(String id, String name, boolean crisis, Integer order) {
        Map<String, Object> member = new HashMap<>();
        if (id != null) {
            member.put("id", id);
        }
        member.put("kind", "PERSON");
        member.put("name", name);
        member.put("supportTypes", List.of("EMOTIONAL"));
        member.put("crisisContact", crisis);
        if (order != null) {
            member.put("crisisOrder", order);
        }
        return member;
    }

    @Test
    void everySaveIsAVersionAndMembersKeepTheirIds() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Jordan");
        ValidatableResponse first = create(coach, peer, NetworkPlanTestData.plan()).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(path(peer)))
                .body("versionNumber", equalTo(1))
                .body("members", hasSize(2))
                .body("members[0].name", equalTo("Sam R."))
                .body("members[0].crisisOrder", equalTo(1))
                .body("members[0].supportTypes", contains("EMOTIONAL", "AFFILIATIONAL"))
                .body("members[1].kind", equalTo("GROUP"))
                .body("checkInCadence", equalTo("MONTHLY"));
        String etag = first.extract().header("ETag");
        String sam = first.extract().path("members[0].id");
        String group = first.extract().path("members[1].id");
        create(coach, peer, NetworkPlanTestData.plan()).statusCode(409);

        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).contentType(ContentType.JSON).body(NetworkPlanTestData.plan())
                .when().put(path(peer)).then().statusCode(428);
        put(coach, peer, "\"9\"", NetworkPlanTestData.plan()).statusCode(412);

        // Sam becomes second; a new first crisis contact; the group is dropped.
        Map<String, Object> next = Map.of("members", List.of(member(sam, "Sam R.", true, 2),
                member(null, "Aunt Rosa", true, 1)), "changeNote", "Rosa first");
        ValidatableResponse second = put(coach, peer, etag, next).statusCode(200)
                .body("versionNumber", equalTo(2))
                .body("members.name", contains("Aunt Rosa", "Sam R."))
                .body("members[1].id", equalTo(sam))
                .body("members[0].id", notNullValue());
        String etag2 = second.extract().header("ETag");
        put(coach, peer, etag, next).statusCode(412);

        // A member id that is not in the current plan (the dropped group) is refused.
        put(coach, peer, etag2, Map.of("members", List.of(member(group, "Tuesday group", false, null))))
                .statusCode(422).body("errors[0].field", equalTo("members[0].id"));

        given().header("Authorization", coach).when().get(path(peer)).then().statusCode(200)
                .header("ETag", equalTo(etag2)).body("changeNote", equalTo("Rosa first"));
        given().header("Authorization", coach).when().get(path(peer) + "/versions")
                .then().statusCode(200).body("items.versionNumber", contains(2, 1));
        given().header("Authorization", coach).when().get(path(peer) + "/versions/1")
                .then().statusCode(200).body("members[1].id", equalTo(group));
        given().header("Authorization", coach).when().get(path(peer) + "/versions/3").then().statusCode(404);
        given().header("Authorization", coach).queryParam("limit", 1).when().get(path(peer) + "/versions")
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", notNullValue());

        given().header("Authorization", demo.supervisor()).queryParam("peerId", peer)
                .when().get("/v1/audit-events").then().statusCode(200)
                .body("items.resourceType", hasItem("NETWORK_PLAN"))
                .body("items.action", org.hamcrest.Matchers.hasItems("CREATE", "UPDATE", "READ"));
    }

    @Test
    void crisisContactsNeedTheirOwnOrder() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Riley");
        create(coach, peer, Map.of("members", List.of(member(null, "A", true, null), member(null, "B", false, 2),
                member(null, "C", true, 3), member(null, "D", true, 3)))).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("members[0].crisisOrder", "members[1].crisisOrder",
                        "members[3].crisisOrder"));
        given().header("Authorization", coach).when().get(path(peer)).then().statusCode(404);
    }

    @Test
    void theParticipantReadsTheirOwnPlanOnly() {
        String subject = "participant-" + UUID.randomUUID();
        String coach = demo.coach();
        String own = createPeer(coach, Map.of("preferredName", "Casey", "participantSubject", subject))
                .statusCode(201).extract().path("id");
        String someoneElse = createPeer(coach, "Someone");
        create(coach, own, NetworkPlanTestData.plan()).statusCode(201);
        create(coach, someoneElse, NetworkPlanTestData.plan()).statusCode(201);
        String participant = demo.participant(subject);
        given().header("Authorization", participant).when().get(path(own)).then().statusCode(200)
                .body("members", hasSize(2));
        given().header("Authorization", participant).when().get(path(own) + "/versions/1").then().statusCode(200);
        given().header("Authorization", participant).when().get(path(someoneElse)).then().statusCode(404);
        given().header("Authorization", participant).when().get(path(someoneElse) + "/versions").then()
                .statusCode(404);
        create(participant, own, NetworkPlanTestData.plan()).statusCode(403);
    }

    @Test
    void accessFollowsTheCaseload() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Morgan");
        String etag = create(coach, peer, NetworkPlanTestData.plan()).statusCode(201).extract().header("ETag");
        given().header("Authorization", demo.admin()).when().get(path(peer)).then().statusCode(403);
        for (String stranger : List.of(demo.coach(), other.coach(), other.supervisor())) {
            given().header("Authorization", stranger).when().get(path(peer)).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        put(demo.coach(), peer, etag, NetworkPlanTestData.plan()).statusCode(404);
        given().header("Authorization", demo.supervisor()).when().get(path(peer)).then().statusCode(200);
        put(demo.supervisor(), peer, etag, NetworkPlanTestData.plan()).statusCode(403);
    }

    @Test
    void aRetriedCreateWithTheSameKeyWritesOnce() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Taylor");
        String key = UUID.randomUUID().toString();
        String id = given().header("Authorization", coach).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(NetworkPlanTestData.plan()).when().post(path(peer))
                .then().statusCode(201).extract().path("members[0].id");
        given().header("Authorization", coach).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(NetworkPlanTestData.plan()).when().post(path(peer))
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("members[0].id", equalTo(id));
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Lee");
        List<Map<String, Object>> bad = new ArrayList<>();
        bad.add(Map.of("members", List.of(Map.of("kind", "NEIGHBOUR", "name", "X"))));
        bad.add(Map.of("members", List.of(Map.of("kind", "PERSON", "name", "x".repeat(201)))));
        bad.add(Map.of("members", List.of(Map.of("kind", "PERSON"))));
        bad.add(Map.of("members", List.of(Map.of("id", "not-a-uuid", "kind", "PERSON", "name", "X"))));
        bad.add(Map.of("checkInCadence", "DAILY"));
        for (Map<String, Object> body : bad) {
            given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                    .header("Authorization", coach).contentType(ContentType.JSON).body(body)
                    .when().post(path(peer)).then().statusCode(400).contentType("application/problem+json");
        }
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", coach).contentType(ContentType.TEXT).body("members")
                .when().post(path(peer)).then().statusCode(415).contentType("application/problem+json");
        given().header("Authorization", coach).when().get(path(peer)).then().statusCode(404);
    }

    @Test
    void theRelapsePreventionPlanCallsCrisisContactsByMemberId() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Quinn");
        ValidatableResponse created = create(coach, peer, NetworkPlanTestData.plan()).statusCode(201);
        String sam = created.extract().path("members[0].id");
        String group = created.extract().path("members[1].id");
        String plan = "/v1/peers/" + peer + "/relapse-prevention-plan";
        Map<String, Object> body = Map.of("reasonsForRecovery", List.of("My kids"),
                "whomToCall", List.of(Map.of("networkMemberId", sam, "note", "Call first")));
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("whomToCall", List.of(Map.of("networkMemberId", group))))
                .when().post(plan).then().statusCode(422)
                .body("errors[0].field", equalTo("whomToCall[0].networkMemberId"));
        given().header("Authorization", coach).contentType(ContentType.JSON).body(body)
                .when().post(plan).then().statusCode(201)
                .body("whomToCall[0].resolution", equalTo("CURRENT"))
                .body("whomToCall[0].name", equalTo("Sam R."))
                .body("whomToCall[0].phone", equalTo("+1 555 0100"));
        // A new network-plan version keeps Sam's id, so the relapse-prevention plan still resolves him.
        String etag = given().header("Authorization", coach).when().get(path(peer)).then().extract().header("ETag");
        put(coach, peer, etag, Map.of("members", List.of(member(sam, "Sam Rivera", true, 1)))).statusCode(200);
        given().header("Authorization", coach).when().get(plan).then().statusCode(200)
                .body("whomToCall[0].resolution", equalTo("CURRENT"))
                .body("whomToCall[0].name", equalTo("Sam Rivera"));
    }
}
