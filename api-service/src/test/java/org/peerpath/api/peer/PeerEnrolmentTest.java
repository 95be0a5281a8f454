package org.peerpath.api.peer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.peerpath.api.testing.Agency.createPeer;
import static org.peerpath.api.testing.Agency.etagOf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peerpath.api.testing.Agency;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A peer's enrolment day: set by their coach, never in the future, never after the sessions it served them with. */
@QuarkusTest
class PeerEnrolmentTest {

    private final Agency demo = Agency.demo();

    private LocalDate today() {
        String zone = given().header("Authorization", demo.admin()).when().get("/v1/agency-settings")
                .then().statusCode(200).extract().path("timeZone");
        return LocalDate.now(ZoneId.of(zone));
    }

    private static void patch(String coach, String peer, Map<String, ?> body, int status, String field) {
        var answer = given().header("Authorization", coach).header("If-Match", etagOf(coach, "/v1/peers/" + peer))
                .contentType("application/merge-patch+json").body(body)
                .when().patch("/v1/peers/" + peer).then().statusCode(status);
        if (field != null) {
            answer.contentType("application/problem+json").body("errors[0].field", equalTo(field));
        }
    }

    @Test
    void enrolmentDefaultsToTodayAndIsNeverInTheFuture() {
        String coach = demo.coach();
        LocalDate today = today();
        createPeer(coach, Map.of("preferredName", "Today")).statusCode(201)
                .body("enrolledOn", equalTo(today.toString()));
        createPeer(coach, Map.of("preferredName", "Earlier", "enrolledOn", "2026-02-01")).statusCode(201)
                .body("enrolledOn", equalTo("2026-02-01"));
        createPeer(coach, Map.of("preferredName", "Tomorrow", "enrolledOn", today.plusDays(1).toString()))
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("enrolledOn"))
                .body("errors[0].message", containsString("future"));
    }

    @Test
    void sessionsAreRecordedFromEnrolmentOnAndTheDayCannotMovePastThem() {
        String coach = demo.coach();
        String peer = createPeer(coach, Map.of("preferredName", "Enrolled", "enrolledOn", "2026-03-10"))
                .statusCode(201).extract().path("id");
        Map<String, String> before = Map.of("startedAt", "2026-03-05T15:00:00Z", "endedAt", "2026-03-05T15:30:00Z",
                "modality", "PHONE");
        given().header("Authorization", coach).contentType(ContentType.JSON).body(before)
                .when().post("/v1/peers/" + peer + "/sessions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("startedAt"))
                .body("errors[0].message", containsString("2026-03-10"));

        // The coach corrects the day the person joined; then the earlier session can be recorded.
        patch(coach, peer, Map.of("enrolledOn", "2026-03-01"), 200, null);
        given().header("Authorization", coach).contentType(ContentType.JSON).body(before)
                .when().post("/v1/peers/" + peer + "/sessions").then().statusCode(201);
        given().header("Authorization", coach).when().get("/v1/peers/" + peer)
                .then().statusCode(200).body("enrolledOn", equalTo("2026-03-01"));

        patch(coach, peer, Map.of("enrolledOn", "2026-03-06"), 422, "enrolledOn");
        patch(coach, peer, Map.of("enrolledOn", today().plusDays(1).toString()), 400, "enrolledOn");
        patch(coach, peer, Map.of("enrolledOn", "2026-03-05"), 200, null);
    }
}
