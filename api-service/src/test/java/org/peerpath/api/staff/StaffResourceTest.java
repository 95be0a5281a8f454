package org.peerpath.api.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.peerpath.api.testing.Agency.createPeer;
import static org.peerpath.api.testing.Agency.etagOf;

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
class StaffResourceTest {

    @Test
    void staffAreCreatedFromTheTokenAndManagedByOrgAdmins() {
        String agency = "agency-" + UUID.randomUUID().toString().substring(0, 8);
        String subject = "coach-" + UUID.randomUUID();
        String coach = "Bearer " + TestTokens.user(subject, "peer-specialist").organization(agency)
                .claim("name", "Casey Coach").claim("credentials", "CPRS").sign();
        String coachId = Agency.staffIdOf(coach);
        String admin = "Bearer " + TestTokens.user("admin-" + UUID.randomUUID(), "org-admin").organization(agency)
                .sign();
        given().header("Authorization", admin).when().get("/v1/staff")
                .then().statusCode(200).body("items.subject", hasItem(subject))
                .body("items.find { it.subject == '" + subject + "' }.credentials", equalTo("CPRS"));
        given().header("Authorization", coach).when().get("/v1/staff").then().statusCode(403);
        given().header("Authorization", Agency.other().admin()).when().get("/v1/staff/" + coachId)
                .then().statusCode(404);

        given().header("Authorization", admin).header("If-Match", etagOf(admin, "/v1/staff/" + coachId))
                .contentType(ContentType.JSON).body(Map.of("credentials", "CPRS, CPSS", "active", false))
                .when().put("/v1/staff/" + coachId)
                .then().statusCode(200).body("active", equalTo(false));
        String peer = createPeer(admin, "Needs a coach");
        given().header("Authorization", admin).header("If-Match", etagOf(admin, "/v1/peers/" + peer))
                .contentType(ContentType.JSON).body(Map.of("coachIds", List.of(coachId)))
                .when().put("/v1/peers/" + peer + "/coaches")
                .then().statusCode(422);
    }

    @Test
    void anOrgAdminRecordsAnNpiWithAValidCheckDigit() {
        String agency = "agency-" + UUID.randomUUID().toString().substring(0, 8);
        String coach = "Bearer " + TestTokens.user("coach-" + UUID.randomUUID(), "peer-specialist")
                .organization(agency).claim("name", "Noor Coach").sign();
        String coachId = Agency.staffIdOf(coach);
        String admin = "Bearer " + TestTokens.user("admin-" + UUID.randomUUID(), "org-admin").organization(agency)
                .sign();
        given().header("Authorization", admin).when().get("/v1/staff/" + coachId)
                .then().statusCode(200).body("npi", equalTo(null));
        given().header("Authorization", admin).header("If-Match", etagOf(admin, "/v1/staff/" + coachId))
                .contentType(ContentType.JSON).body(Map.of("active", true, "npi", "1234567890"))
                .when().put("/v1/staff/" + coachId)
                .then().statusCode(400).body("errors[0].field", equalTo("npi"));
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", admin).header("If-Match", etagOf(admin, "/v1/staff/" + coachId))
                .contentType(ContentType.JSON).body(Map.of("active", true, "npi", "12345"))
                .when().put("/v1/staff/" + coachId)
                .then().statusCode(400).body("errors[0].field", equalTo("npi"));
        given().header("Authorization", admin).header("If-Match", etagOf(admin, "/v1/staff/" + coachId))
                .contentType(ContentType.JSON).body(Map.of("active", true, "npi", "1234567893"))
                .when().put("/v1/staff/" + coachId)
                .then().statusCode(200).body("npi", equalTo("1234567893"));
        given().header("Authorization", admin).header("If-Match", etagOf(admin, "/v1/staff/" + coachId))
                .contentType(ContentType.JSON).body(Map.of("active", true))
                .when().put("/v1/staff/" + coachId)
                .then().statusCode(200).body("npi", equalTo(null));
    }
}
