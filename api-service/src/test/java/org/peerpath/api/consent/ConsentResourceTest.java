package org.peerpath.api.consent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.peerpath.api.sync.EhrTestData.body;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.api.testing.Agency;
import org.peerpath.common.testing.OpenApiContract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ConsentResourceTest {

    private final Agency demo = Agency.demo();
    private final Agency other = Agency.other();

    @Test
    void anOrgAdminRecordsListsAndRevokesAConsent() {
        String admin = demo.admin();
        String peerId = EhrTestData.peer("Consenting");
        String clientId = EhrTestData.newClientId();
        String id = given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(body("peerId", peerId, "recipientClientId", clientId, "recipientName", "Riverside EHR",
                        "purpose", "TREATMENT", "scopes", List.of("NOTES", "GOALS"),
                        "expiresAt", Instant.now().plus(365, ChronoUnit.DAYS).toString()))
                .when().post("/v1/consents")
                .then().statusCode(201)
                .header("Location", containsString("/v1/consents/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("ACTIVE"))
                .body("recipientClientId", equalTo(clientId))
                .body("scopes", contains("NOTES", "GOALS"))
                .extract().path("id");
        given().header("Authorization", admin).queryParam("peerId", peerId).when().get("/v1/consents")
                .then().statusCode(200).body("items.id", contains(id));
        given().header("Authorization", demo.supervisor()).when().get("/v1/consents/" + id)
                .then().statusCode(200).header("ETag", notNullValue()).body("status", equalTo("ACTIVE"));
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(body("reason", "Participant revoked in writing"))
                .when().post("/v1/consents/" + id + "/revocation")
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("revokedAt", notNullValue());
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(body("reason", "Again"))
                .when().post("/v1/consents/" + id + "/revocation")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", admin).when().get("/v1/consents")
                .then().statusCode(200);
    }

    @Test
    void aConsentNotYetInEffectIsPending() {
        String peerId = EhrTestData.peer("Later");
        given().header("Authorization", demo.admin()).contentType(ContentType.JSON)
                .body(body("peerId", peerId, "recipientOrganization", "Riverside Health",
                        "recipientName", "Riverside Health", "purpose", "CARE_COORDINATION", "scopes", List.of("PLANS"),
                        "effectiveFrom", Instant.now().plus(2, ChronoUnit.DAYS).toString()))
                .when().post("/v1/consents")
                .then().statusCode(201).body("status", equalTo("PENDING"));
    }

    @Test
    void onlyTheAgencysOrgAdminRecordsAndRevokes() {
        String peerId = EhrTestData.peer("Guarded");
        var request = body("peerId", peerId, "recipientClientId", "x-ehr", "recipientName", "X",
                "purpose", "TREATMENT", "scopes", List.of("NOTES"));
        for (String notAdmin : List.of(demo.coach(), demo.supervisor(), EhrTestData.ehrToken("x-ehr"))) {
            given().header("Authorization", notAdmin).contentType(ContentType.JSON).body(request)
                    .when().post("/v1/consents")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", other.admin()).contentType(ContentType.JSON).body(request)
                .when().post("/v1/consents")
                .then().statusCode(404).body("type", equalTo("https://peerpath.dev/problems/not-found"));
        String id = EhrTestData.consent(demo.admin(), peerId, "x-ehr", "NOTES");
        given().header("Authorization", other.admin()).when().get("/v1/consents/" + id).then().statusCode(404);
        given().header("Authorization", other.admin()).when().get("/v1/consents")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        given().header("Authorization", other.admin()).contentType(ContentType.JSON).body(body("reason", "no"))
                .when().post("/v1/consents/" + id + "/revocation").then().statusCode(404);
        given().header("Authorization", demo.coach()).when().get("/v1/consents/" + id).then().statusCode(403);
    }

    @Test
    void badConsentsAreRefusedAndWriteNothing() {
        String admin = demo.admin();
        String peerId = EhrTestData.peer("Careful");
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(body("peerId", peerId, "recipientName", "Nobody", "purpose", "TREATMENT",
                        "scopes", List.of("NOTES")))
                .when().post("/v1/consents")
                .then().statusCode(400).body("errors[0].field", equalTo("recipientClientId"));
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(body("peerId", peerId, "recipientClientId", "a", "recipientName", "A", "purpose", "TREATMENT",
                        "scopes", List.of("NOTES"), "effectiveFrom", "2027-01-01T00:00:00Z",
                        "expiresAt", "2026-12-01T00:00:00Z"))
                .when().post("/v1/consents")
                .then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", admin).contentType(ContentType.JSON)
                .body(body("peerId", peerId, "recipientClientId", "a", "recipientName", "A", "purpose", "TREATMENT",
                        "scopes", List.of("EVERYTHING")))
                .when().post("/v1/consents")
                .then().statusCode(400).contentType("application/problem+json");
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", admin).contentType(ContentType.JSON)
                .body(body("peerId", peerId, "recipientClientId", "a", "recipientName", "A", "purpose", "TREATMENT",
                        "scopes", List.of()))
                .when().post("/v1/consents")
                .then().statusCode(400);
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(body("peerId", UUID.randomUUID().toString(), "recipientClientId", "a", "recipientName", "A",
                        "purpose", "TREATMENT", "scopes", List.of("NOTES")))
                .when().post("/v1/consents")
                .then().statusCode(404);
        given().header("Authorization", admin).queryParam("peerId", peerId).when().get("/v1/consents")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aRetriedCreateWithTheSameKeyRecordsOneConsent() {
        String admin = "Bearer " + org.peerpath.common.testing.TestTokens.user("admin-" + UUID.randomUUID(),
                "org-admin").sign();
        String peerId = EhrTestData.peer("Retried");
        var request = body("peerId", peerId, "recipientClientId", "retry-ehr", "recipientName", "R",
                "purpose", "TREATMENT", "scopes", List.of("NOTES"));
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", admin).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(request)
                .when().post("/v1/consents").then().statusCode(201).extract().path("id");
        given().header("Authorization", admin).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(request)
                .when().post("/v1/consents").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().header("Authorization", admin).queryParam("peerId", peerId).when().get("/v1/consents")
                .then().statusCode(200).body("items.id", contains(first));
    }
}
