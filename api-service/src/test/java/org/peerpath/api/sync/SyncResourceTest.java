package org.peerpath.api.sync;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.peerpath.api.consent.ConsentClock;
import org.peerpath.api.session.EhrDocument;
import org.peerpath.api.session.EhrPublisher;
import org.peerpath.api.testing.Agency;
import org.peerpath.common.testing.OpenApiContract;
import org.peerpath.common.testing.TestTokens;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SyncResourceTest {

    private final Agency demo = Agency.demo();

    /** Reads the feed from {@code cursor} to its end; answers the changes and the final cursor. */
    private record Read(List<String> changes, String cursor) {
    }

    private static Read readAll(String token, String cursor) {
        List<String> changes = new ArrayList<>();
        String position = cursor;
        boolean more = true;
        while (more) {
            var request = given().header("Authorization", token).queryParam("limit", 2);
            if (position != null) {
                request.queryParam("cursor", position);
            }
            JsonPath page = request.when().get("/v1/sync/notes").then().statusCode(200).extract().jsonPath();
            List<String> kinds = page.getList("items.kind", String.class);
            List<String> documents = page.getList("items.documentId", String.class);
            List<String> peers = page.getList("items.peerId", String.class);
            for (int i = 0; i < kinds.size(); i++) {
                changes.add(kinds.get(i) + " " + (documents.get(i) != null ? documents.get(i) : peers.get(i)));
            }
            position = page.getString("cursor");
            more = page.getBoolean("more");
        }
        return new Read(changes, position);
    }

    @Test
    void aConsumerGetsEachChangeOnceFromItsSavedCursorAndTombstonesForRemovals() {
        String peerId = EhrTestData.peer("Synced");
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        Instant start = Instant.now().minus(5, ChronoUnit.DAYS);
        EhrDocument first = EhrTestData.signNote(peerId, start);
        EhrDocument second = EhrTestData.signNote(peerId, start.plus(1, ChronoUnit.DAYS));
        String consentId = EhrTestData.consent(demo.admin(), peerId, client, "NOTES");
        EhrDocument third = EhrTestData.signNote(peerId, start.plus(2, ChronoUnit.DAYS));

        Read initial = readAll(token, null);
        assertThat(initial.changes()).containsExactly("NOTE_SIGNED " + first.id, "NOTE_SIGNED " + second.id,
                "CONSENT_GRANTED " + peerId, "NOTE_SIGNED " + third.id);

        // nothing new: the same cursor comes back
        given().header("Authorization", token).queryParam("cursor", initial.cursor())
                .when().get("/v1/sync/notes")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("cursor", equalTo(initial.cursor()))
                .body("more", equalTo(false));

        EhrDocument addendum = EhrTestData.addendum(first, "Addendum: called back.");
        EhrTestData.withdraw(second, "Entered in error");
        Read restart = readAll(token, initial.cursor());
        assertThat(restart.changes()).containsExactly("NOTE_AMENDED " + addendum.id,
                "DOCUMENT_WITHDRAWN " + second.id);
        // a consumer that restarts from the same saved cursor gets the same changes again, no more
        assertThat(readAll(token, initial.cursor()).changes()).isEqualTo(restart.changes());

        EhrTestData.revoke(demo.admin(), consentId);
        EhrTestData.signNote(peerId, start.plus(3, ChronoUnit.DAYS));
        assertThat(readAll(token, restart.cursor()).changes()).containsExactly("CONSENT_REVOKED " + peerId);

        JsonPath disclosures = given().header("Authorization", demo.supervisor())
                .when().get("/v1/peers/" + peerId + "/disclosures").then().statusCode(200).extract().jsonPath();
        assertThat(disclosures.getList("items.channel", String.class)).containsOnly("CHANGE_FEED");
        assertThat(disclosures.getList("items.resources.flatten()", String.class)).contains(
                "DocumentReference/" + first.id, "DocumentReference/" + third.id,
                "DocumentReference/" + addendum.id);
    }

    @Test
    void aChangeCommittedLateIsNeverSkipped() throws Exception {
        String peerId = EhrTestData.peer("Late");
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        EhrTestData.consent(demo.admin(), peerId, client, "NOTES");
        String cursor = readAll(token, null).cursor();

        UUID lateId = UUID.randomUUID();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Thread longTransaction = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            Arc.container().instance(EhrPublisher.class).get().signed(document(lateId, peerId));
            written.countDown();
            try {
                commit.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        longTransaction.start();
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        EhrDocument early = EhrTestData.signNote(peerId, Instant.now().minus(1, ChronoUnit.DAYS));

        // the early commit waits behind the transaction still in flight, which could still commit before it
        Read whileInFlight = readAll(token, cursor);
        assertThat(whileInFlight.changes()).isEmpty();
        assertThat(whileInFlight.cursor()).isEqualTo(cursor);

        commit.countDown();
        longTransaction.join(30_000);
        assertThat(readAll(token, whileInFlight.cursor()).changes())
                .containsExactly("NOTE_SIGNED " + lateId, "NOTE_SIGNED " + early.id);
    }

    @Test
    void anotherClientOrAgencySeesNoneOfIt() {
        String peerId = EhrTestData.peer("Private");
        String client = EhrTestData.newClientId();
        EhrTestData.consent(demo.admin(), peerId, client, "NOTES");
        EhrDocument note = EhrTestData.signNote(peerId, Instant.now().minus(1, ChronoUnit.DAYS));
        for (String stranger : List.of(EhrTestData.ehrToken(EhrTestData.newClientId()),
                EhrTestData.ehrToken(client, TestTokens.OTHER_AGENCY))) {
            assertThat(readAll(stranger, null).changes()).noneMatch(change -> change.contains(note.id.toString())
                    || change.contains(peerId));
        }
        // only EHR clients read the feed
        given().header("Authorization", demo.supervisor()).when().get("/v1/sync/notes").then().statusCode(403);
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", EhrTestData.ehrToken(client)).queryParam("cursor", "garbage")
                .when().get("/v1/sync/notes")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    /** The client verifies the text it received with nothing but the feed's answer and SHA-256. */
    @Test
    void aClientVerifiesTheTextItReceivedFromContentSha256() throws Exception {
        String peerId = EhrTestData.peer("Verified");
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        EhrTestData.consent(demo.admin(), peerId, client, "NOTES");
        EhrDocument note = EhrTestData.signNote(peerId, Instant.now().minus(1, ChronoUnit.DAYS));
        EhrTestData.addendum(note, "Late entry: called the housing office.\nUmlaut ü, emoji \uD83C\uDF31.");

        JsonPath page = given().header("Authorization", token).when().get("/v1/sync/notes")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> documents = page.<Map<String, Object>>getList("items.document").stream()
                .filter(java.util.Objects::nonNull).toList();
        assertThat(page.getList("items.kind", String.class)).containsExactly("CONSENT_GRANTED", "NOTE_SIGNED",
                "NOTE_AMENDED");
        assertThat(documents).hasSize(2);
        for (Map<String, Object> document : documents) {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(((String) document.get("content")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(document.get("contentSha256")).isEqualTo(HexFormat.of().formatHex(digest));
            // the signature's own hash is passed on as recorded at signing, never recomputed from the text
            assertThat(document.get("contentHash")).isEqualTo("0".repeat(63) + "1");
        }
    }

    /**
     * A consent dated to take effect later names nobody until it does; then the feed announces it, and its expiry
     * comes as a revocation.
     */
    @Test
    void aFutureConsentIsAnnouncedWhenItTakesEffectAndItsExpiryAsARevocation() {
        String peerId = EhrTestData.peer("Future consent");
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        ConsentClock clock = Arc.container().instance(ConsentClock.class).get();
        String consentId = EhrTestData.consent(demo.admin(), EhrTestData.body("peerId", peerId,
                "recipientClientId", client, "recipientName", "County EHR", "purpose", "TREATMENT",
                "scopes", List.of("NOTES"), "effectiveFrom", Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                "expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()));
        clock.announceDue();
        Read before = readAll(token, null);
        assertThat(before.changes()).isEmpty();
        given().header("Authorization", token).when().get("/fhir/r4/Patient/" + peerId).then().statusCode(404);

        shift(consentId, "effective_from = now() - interval '1 minute'");
        assertThat(clock.announceDue()).isGreaterThanOrEqualTo(1);
        Read effective = readAll(token, before.cursor());
        assertThat(effective.changes()).containsExactly("CONSENT_GRANTED " + peerId);
        given().header("Authorization", token).when().get("/fhir/r4/Patient/" + peerId).then().statusCode(200);
        clock.announceDue();
        assertThat(readAll(token, effective.cursor()).changes()).isEmpty();

        shift(consentId, "expires_at = now() - interval '1 second'");
        clock.announceDue();
        assertThat(readAll(token, effective.cursor()).changes()).containsExactly("CONSENT_REVOKED " + peerId);
        given().header("Authorization", token).when().get("/fhir/r4/Patient/" + peerId).then().statusCode(404);
    }

    @Test
    void revokingAConsentThatNeverTookEffectAnnouncesNothing() {
        String peerId = EhrTestData.peer("Never effective");
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        String consentId = EhrTestData.consent(demo.admin(), EhrTestData.body("peerId", peerId,
                "recipientClientId", client, "recipientName", "County EHR", "purpose", "TREATMENT",
                "scopes", List.of("NOTES"), "effectiveFrom", Instant.now().plus(2, ChronoUnit.DAYS).toString()));
        EhrTestData.revoke(demo.admin(), consentId);
        shift(consentId, "effective_from = now() - interval '1 minute'");
        Arc.container().instance(ConsentClock.class).get().announceDue();
        assertThat(readAll(token, null).changes()).isEmpty();
    }

    /** Moves a consent's dates, as time passing would. */
    private static void shift(String consentId, String assignment) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(jakarta.persistence.EntityManager.class)
                .get().createNativeQuery("update consent set " + assignment + " where id = ?1")
                .setParameter(1, UUID.fromString(consentId)).executeUpdate());
    }

    private static EhrDocument document(UUID id, String peerId) {
        Instant start = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        EhrDocument document = EhrTestData.document(id, TestTokens.DEMO_AGENCY, peerId, EhrDocument.Kind.NOTE, id);
        document.sessionId = UUID.randomUUID();
        document.sessionStart = start;
        document.sessionEnd = start.plus(30, ChronoUnit.MINUTES);
        document.modality = "PHONE";
        document.setting = "Phone";
        document.billingUnits = 2;
        document.noteFormat = "DAP";
        document.content = "Data: phone check-in.";
        document.authorName = "Jordan Coach";
        document.authorCredentials = "CPSS";
        document.signedAt = start.plus(40, ChronoUnit.MINUTES);
        return document;
    }
}
