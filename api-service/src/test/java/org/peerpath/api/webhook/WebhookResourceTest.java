package org.peerpath.api.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.peerpath.api.sync.EhrTestData.body;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.api.session.EhrDocument;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.api.testing.Agency;
import org.peerpath.common.testing.OpenApiContract;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class WebhookResourceTest {

    /** What the receiver got: headers and body of each request, and what it answered. */
    record Received(String id, String timestamp, String signature, String body, int answered) {
    }

    private final Agency demo = Agency.demo();
    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** How many more requests the receiver refuses with 503 (it is "down"). */
    private final AtomicInteger downFor = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = downFor.getAndDecrement() > 0 ? 503 : 204;
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @Test
    void eventsReachAReceiverThatWasDownSignedOnceEachInOrder() throws Exception {
        String admin = demo.admin();
        String peerId = EhrTestData.peer("Hooked");
        String client = EhrTestData.newClientId();
        String consentId = EhrTestData.consent(admin, peerId, client, "NOTES");
        JsonPath webhook = given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(body("url", url(), "clientId", client,
                        "eventTypes", List.of("NOTE_SIGNED", "NOTE_AMENDED", "CONSENT_REVOKED")))
                .when().post("/v1/webhooks")
                .then().statusCode(201).body("secret", notNullValue()).extract().jsonPath();
        String webhookId = webhook.getString("id");
        String secret = webhook.getString("secret");

        downFor.set(3);
        EhrDocument note = EhrTestData.signNote(peerId, Instant.now().minus(1, ChronoUnit.DAYS));
        EhrDocument addendum = EhrTestData.addendum(note, "Addendum: more detail.");
        Received first = awaitDelivered(r -> r.body().contains(note.id.toString()));
        Received second = awaitDelivered(r -> r.body().contains(addendum.id.toString()));

        List<Received> forNote = received.stream().filter(r -> r.id().equals(first.id())).toList();
        assertThat(forNote).hasSize(4).extracting(Received::answered).containsExactly(503, 503, 503, 204);
        assertThat(forNote).extracting(Received::body).containsOnly(first.body());
        assertThat(received.indexOf(first)).isLessThan(received.indexOf(second));
        assertThat(received.stream().filter(r -> r.answered() == 204 && r.id().equals(second.id()))).hasSize(1);
        for (Received delivery : List.of(first, second)) {
            assertThat(delivery.signature()).isEqualTo(
                    WebhookSignatures.sign(secret, delivery.id(), Long.parseLong(delivery.timestamp()),
                            delivery.body()));
            assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(delivery.timestamp())))
                    .isLessThan(60);
        }
        assertThat(JsonPath.from(first.body()).getString("type")).isEqualTo("note.signed");
        assertThat(JsonPath.from(second.body()).getString("type")).isEqualTo("note.amended");
        assertThat(JsonPath.from(second.body()).getString("data.resource"))
                .isEqualTo("DocumentReference/" + addendum.id);

        JsonPath log = given().header("Authorization", admin).when().get("/v1/webhooks/" + webhookId + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("items.outcome", String.class)).containsExactly("DELIVERED", "DELIVERED", "FAILED",
                "FAILED", "FAILED");
        assertThat(log.getList("items.eventId", String.class)).containsOnly(first.id(), second.id());

        // replay on request: same id and body again
        String deliveryId = log.getString("items[1].id");
        given().header("Authorization", admin).when()
                .post("/v1/webhooks/" + webhookId + "/deliveries/" + deliveryId + "/replay")
                .then().statusCode(201).body("replay", equalTo(true)).body("outcome", equalTo("DELIVERED"));
        assertThat(received.get(received.size() - 1).id()).isEqualTo(first.id());
        assertThat(received.get(received.size() - 1).body()).isEqualTo(first.body());

        // rotation: the new secret signs, and the previous one too for a while
        String newSecret = given().header("Authorization", admin).when()
                .post("/v1/webhooks/" + webhookId + "/secret-rotation")
                .then().statusCode(200).body("previousSecretExpiresAt", notNullValue())
                .extract().path("secret");
        EhrTestData.revoke(admin, consentId);
        Received revoked = awaitDelivered(r -> r.body().contains("consent.revoked"));
        List<String> signatures = Arrays.asList(revoked.signature().split(" "));
        long timestamp = Long.parseLong(revoked.timestamp());
        assertThat(signatures).containsExactly(
                WebhookSignatures.sign(newSecret, revoked.id(), timestamp, revoked.body()),
                WebhookSignatures.sign(secret, revoked.id(), timestamp, revoked.body()));

        JsonPath disclosures = given().header("Authorization", demo.supervisor())
                .when().get("/v1/peers/" + peerId + "/disclosures").then().statusCode(200).extract().jsonPath();
        assertThat(disclosures.getList("items.channel", String.class)).containsOnly("WEBHOOK").hasSize(2);
        given().header("Authorization", admin).when().get("/v1/webhooks/" + webhookId)
                .then().statusCode(200).body("secret", nullValue()).body("failures", equalTo(0));
    }

    @Test
    void eventsOfPeersWithoutConsentNeverLeave() throws Exception {
        String admin = demo.admin();
        String peerId = EhrTestData.peer("Unhooked");
        String client = EhrTestData.newClientId();
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(body("url", url(), "clientId", client, "eventTypes", List.of("NOTE_SIGNED")))
                .when().post("/v1/webhooks").then().statusCode(201);
        EhrTestData.signNote(peerId, Instant.now().minus(1, ChronoUnit.DAYS));
        String consented = EhrTestData.peer("Hooked later");
        EhrTestData.consent(admin, consented, client, "NOTES");
        EhrDocument visible = EhrTestData.signNote(consented, Instant.now().minus(1, ChronoUnit.DAYS));
        awaitDelivered(r -> r.body().contains(visible.id.toString()));
        assertThat(received).noneMatch(r -> r.body().contains(peerId));
    }

    @Test
    void onlyOrgAdminsManageWebhooksAndBadInputIsRefused() {
        given().header("Authorization", demo.supervisor()).when().get("/v1/webhooks").then().statusCode(403);
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", demo.admin()).contentType(ContentType.JSON)
                .body(body("url", "ftp://example.org", "clientId", "x", "eventTypes", List.of("NOTE_SIGNED")))
                .when().post("/v1/webhooks").then().statusCode(400);
        String id = given().header("Authorization", demo.admin()).contentType(ContentType.JSON)
                .body(body("url", url(), "clientId", "x", "eventTypes", List.of("NOTE_SIGNED")))
                .when().post("/v1/webhooks").then().statusCode(201).extract().path("id");
        given().header("Authorization", Agency.other().admin()).when().get("/v1/webhooks/" + id)
                .then().statusCode(404);
    }

    private Received awaitDelivered(Predicate<Received> match) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (Received delivery : received) {
                if (delivery.answered() == 204 && match.test(delivery)) {
                    return delivery;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Not delivered in time; received: " + received);
    }
}
