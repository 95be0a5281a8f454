package org.peerpath.api.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.peerpath.api.testing.Agency.createPeer;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerpath.api.testing.Agency;
import org.peerpath.common.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AuditResourceTest {

    private final Agency demo = Agency.demo();

    @Test
    void readsWritesAndRefusalsOfPersonalDataAreAudited() {
        String subject = "coach-" + UUID.randomUUID();
        String coach = "Bearer " + TestTokens.user(subject, "peer-specialist").sign();
        String peer = createPeer(coach, "Audited");
        given().header("Authorization", coach).when().get("/v1/peers/" + peer).then().statusCode(200);
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("startedAt", "2026-11-20T15:00:00Z", "endedAt", "2026-11-20T15:30:00Z",
                        "modality", "PHONE"))
                .when().post("/v1/peers/" + peer + "/sessions").then().statusCode(201);
        given().header("Authorization", demo.coach()).when().get("/v1/peers/" + peer).then().statusCode(404);

        String supervisor = demo.supervisor();
        given().header("Authorization", supervisor).queryParam("peerId", peer)
                .when().get("/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", hasItems("CREATE", "READ"))
                .body("items.resourceType", hasItems("PEER", "SESSION"))
                .body("items.outcome", hasItems("SUCCESS", "DENIED"))
                .body("items[0].actorSubject", equalTo(subject))
                .body("items[0].action", equalTo("CREATE"));
        given().header("Authorization", supervisor).queryParam("actorSubject", subject)
                .queryParam("action", "READ").queryParam("resourceType", "PEER")
                .when().get("/v1/audit-events")
                .then().statusCode(200).body("items.resourceId", hasItems(peer));
        given().header("Authorization", Agency.other().admin()).queryParam("peerId", peer)
                .when().get("/v1/audit-events")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void onlySupervisorsAndAdminsReadTheTrail() {
        given().header("Authorization", demo.coach()).when().get("/v1/audit-events").then().statusCode(403);
        given().header("Authorization", demo.participant("p-" + UUID.randomUUID())).when().get("/v1/audit-events")
                .then().statusCode(403);
        given().header("Authorization", demo.admin()).when().get("/v1/audit-events?limit=1").then().statusCode(200);
    }
}
