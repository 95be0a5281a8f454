package org.peerpath.api.agency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.peerpath.api.testing.Agency.createPeer;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerpath.common.testing.OpenApiContract;
import org.peerpath.common.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AgencySettingsResourceTest {

    /** Each test uses an agency of its own, so that changed settings touch no other test. */
    private final String agency = "agency-" + UUID.randomUUID().toString().substring(0, 8);

    private String token(String role) {
        return "Bearer " + TestTokens.user(role + "-" + UUID.randomUUID(), role).organization(agency).sign();
    }

    @Test
    void anAgencyStartsWithTheDefaultsAndItsAdminChangesThem() {
        String admin = token("org-admin");
        String etag = given().header("Authorization", admin).when().get("/v1/agency-settings")
                .then().statusCode(200)
                .body("noteFormat", equalTo("DAP"))
                .body("billingRounding", equalTo("EIGHT_MINUTE_RULE"))
                .body("dailyUnitCap", equalTo(16))
                .extract().header("ETag");
        Map<String, Object> wholeUnits = Map.of("noteFormat", "GIRP", "billingRounding", "WHOLE_UNITS_ONLY",
                "dailyUnitCap", 2, "timeZone", "America/Chicago");
        given().header("Authorization", token("peer-specialist")).header("If-Match", etag)
                .contentType(ContentType.JSON).body(wholeUnits)
                .when().put("/v1/agency-settings").then().statusCode(403);
        given().header("Authorization", admin).header("If-Match", etag).contentType(ContentType.JSON).body(wholeUnits)
                .when().put("/v1/agency-settings")
                .then().statusCode(200).body("billingRounding", equalTo("WHOLE_UNITS_ONLY"));
        given().header("Authorization", admin).header("If-Match", etag).contentType(ContentType.JSON).body(wholeUnits)
                .when().put("/v1/agency-settings").then().statusCode(412);

        String coach = token("peer-specialist");
        String peer = createPeer(coach, "Settings");
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("startedAt", "2026-11-20T15:00:00Z", "endedAt", "2026-11-20T15:23:00Z",
                        "modality", "PHONE"))
                .when().post("/v1/peers/" + peer + "/sessions")
                .then().statusCode(201).body("billingUnits", equalTo(1));
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("startedAt", "2026-11-20T17:00:00Z", "endedAt", "2026-11-20T18:00:00Z",
                        "modality", "PHONE"))
                .when().post("/v1/peers/" + peer + "/sessions")
                .then().statusCode(201).body("billingUnits", equalTo(1));
    }

    @Test
    void badSettingsAnswer400() {
        String admin = token("org-admin");
        String etag = given().header("Authorization", admin).when().get("/v1/agency-settings")
                .then().statusCode(200).extract().header("ETag");
        given().header("Authorization", admin).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("noteFormat", "DAP", "billingRounding", "EIGHT_MINUTE_RULE", "dailyUnitCap", 16,
                        "timeZone", "Mars/Olympus"))
                .when().put("/v1/agency-settings")
                .then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", admin).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("noteFormat", "DAP", "billingRounding", "EIGHT_MINUTE_RULE", "dailyUnitCap", 0,
                        "timeZone", "UTC"))
                .when().put("/v1/agency-settings")
                .then().statusCode(400).body("errors[0].field", equalTo("dailyUnitCap"));
    }

    @Test
    void theAgencyContactIsKeptAndValidated() {
        String admin = token("org-admin");
        String etag = given().header("Authorization", admin).when().get("/v1/agency-settings")
                .then().statusCode(200).body("contactPhone", equalTo(null)).body("contactEmail", equalTo(null))
                .extract().header("ETag");
        Map<String, Object> settings = Map.of("noteFormat", "DAP", "billingRounding", "EIGHT_MINUTE_RULE",
                "dailyUnitCap", 16, "timeZone", "UTC", "contactPhone", "+1 555 010 0200",
                "contactEmail", "care@agency.example");
        given().header("Authorization", admin).header("If-Match", etag).contentType(ContentType.JSON).body(settings)
                .when().put("/v1/agency-settings")
                .then().statusCode(200).body("contactPhone", equalTo("+1 555 010 0200"))
                .body("contactEmail", equalTo("care@agency.example"));
        given().header("Authorization", token("peer-specialist")).when().get("/v1/agency-settings")
                .then().statusCode(200).body("contactEmail", equalTo("care@agency.example"));
        Map<String, Object> badPhone = new java.util.HashMap<>(settings);
        badPhone.put("contactPhone", "call me maybe");
        Map<String, Object> badEmail = new java.util.HashMap<>(settings);
        badEmail.put("contactEmail", "not an address");
        Map.of("contactPhone", badPhone, "contactEmail", badEmail).forEach((field, body) -> given()
                .filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", admin).header("If-Match", etagOfSettings(admin)).contentType(ContentType.JSON)
                .body(body).when().put("/v1/agency-settings")
                .then().statusCode(400).body("errors[0].field", equalTo(field)));
    }

    private static String etagOfSettings(String token) {
        return given().header("Authorization", token).when().get("/v1/agency-settings").then().statusCode(200)
                .extract().header("ETag");
    }
}
