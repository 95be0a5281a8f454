package org.peerpath.api.network;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/** Network plans for tests of other features (the relapse-prevention plan names crisis contacts by member id). */
public final class NetworkPlanTestData {

    private NetworkPlanTestData() {
    }

    /** A plan with one crisis contact and one other member. */
    public static Map<String, Object> plan() {
        return Map.of(
                "members", List.of(
                        Map.of("kind", "PERSON", "name", "Sam R.", "relationship", "Sponsor",
                                "supportTypes", List.of("EMOTIONAL", "AFFILIATIONAL"), "contactPreference",
                                "PHONE_CALL", "phone", "+1 555 0100", "availability", "Any time",
                                "crisisContact", true, "crisisOrder", 1),
                        Map.of("kind", "GROUP", "name", "Tuesday SMART meeting", "supportTypes",
                                List.of("AFFILIATIONAL", "INFORMATIONAL"), "crisisContact", false)),
                "checkInCadence", "MONTHLY",
                "reviewDate", "2027-02-01");
    }

    /** Writes {@link #plan()} for the peer as {@code coachToken} and answers the crisis contact's member id. */
    public static String crisisContactOf(String coachToken, String peerId) {
        return given().header("Authorization", coachToken).contentType(ContentType.JSON).body(plan())
                .when().post("/v1/peers/" + peerId + "/network-plan")
                .then().statusCode(201).extract().path("members[0].id");
    }
}
