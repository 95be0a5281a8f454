package org.peerpath.api.sync;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.peerpath.api.session.EhrDocument;
import org.peerpath.api.session.EhrPublisher;
import org.peerpath.api.peer.Peer;
import org.peerpath.api.peer.PeerRepository;
import org.peerpath.api.peer.PeerStatus;
import org.peerpath.common.testing.TestTokens;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/** Sets up what the EHR tests need: EHR client tokens, consents through the API, signed documents. */
public final class EhrTestData {

    private EhrTestData() {
    }

    /**
     * A peer of the agency, stored directly (the EHR tests are about what leaves the service, not enrolment); with
     * an MRN, and a participant login when {@code participantSubject} is given.
     */
    public static String peer(String organization, String name, String participantSubject) {
        PeerRepository peers = Arc.container().instance(PeerRepository.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Peer peer = new Peer();
            peer.id = UUID.randomUUID();
            peer.organizationId = organization;
            peer.preferredName = name;
            peer.pronouns = "they/them";
            peer.dateOfBirth = LocalDate.of(1988, 4, 12);
            peer.status = PeerStatus.ACTIVE;
            peer.externalMrn = "MRN-" + peer.id.toString().substring(0, 6);
            peer.participantSubject = participantSubject;
            peer.enrolledOn = LocalDate.parse(org.peerpath.api.testing.Agency.ENROLLED_ON);
            peer.createdBy = "test";
            peer.createdAt = now;
            peer.updatedAt = now;
            peers.persist(peer);
            return peer.id.toString();
        });
    }

    public static String peer(String name) {
        return peer(TestTokens.DEMO_AGENCY, name, null);
    }

    /** A goal of the peer, stored directly; {@code targetDate} and {@code measure} may be null. */
    public static String goal(String peerId, String status, LocalDate targetDate, String measure) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            org.peerpath.api.goal.Goal goal = new org.peerpath.api.goal.Goal();
            goal.id = UUID.randomUUID();
            goal.organizationId = TestTokens.DEMO_AGENCY;
            goal.peerId = UUID.fromString(peerId);
            goal.domain = org.peerpath.api.goal.GoalDomain.HOUSING;
            goal.statement = "Move into a place of my own";
            goal.measure = measure;
            goal.achievable = "With the housing voucher";
            goal.relevant = "Stability supports my recovery";
            goal.targetDate = targetDate;
            goal.status = org.peerpath.api.goal.GoalStatus.valueOf(status);
            goal.progress = 40;
            goal.createdBy = "test";
            goal.createdAt = now;
            goal.updatedAt = now;
            Arc.container().instance(jakarta.persistence.EntityManager.class).get().persist(goal);
            return goal.id.toString();
        });
    }

    /** Concludes a peer's participation, stored directly. */
    public static void conclude(String peerId) {
        PeerRepository peers = Arc.container().instance(PeerRepository.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            Peer peer = peers.findById(UUID.fromString(peerId));
            peer.status = PeerStatus.CONCLUDED;
            peer.concludedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            peer.conclusionReason = "Completed the program";
            peer.updatedAt = peer.concludedAt;
        });
    }

    /** A fresh client id, so that tests never see each other's consents. */
    public static String newClientId() {
        return "ehr-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Registers a fresh EHR client of the agency of the org-admin behind {@code adminToken}; answers its id. */
    public static String ehrClient(String adminToken) {
        String clientId = newClientId();
        given().header("Authorization", adminToken).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "recipientOrganization", "Riverside Health",
                        "displayName", "EHR " + clientId))
                .when().post("/v1/ehr-clients").then().statusCode(201);
        return clientId;
    }

    /** A client-credentials token of an EHR client of an agency: role ehr-client, {@code azp} its client id. */
    public static String ehrToken(String clientId, String organization) {
        return "Bearer " + TestTokens.user("service-account-" + clientId, "ehr-client").organization(organization)
                .claim("azp", clientId).sign();
    }

    public static String ehrToken(String clientId) {
        return ehrToken(clientId, TestTokens.DEMO_AGENCY);
    }

    /** Records a consent for the client as the org-admin behind {@code adminToken}; answers its id. */
    public static String consent(String adminToken, String peerId, String clientId, String... scopes) {
        return consent(adminToken, Map.of("peerId", peerId, "recipientClientId", clientId,
                "recipientName", "EHR " + clientId, "purpose", "TREATMENT",
                "scopes", scopes.length == 0 ? List.of("NOTES", "ENCOUNTERS") : Arrays.asList(scopes)));
    }

    public static String consent(String adminToken, Map<String, ?> body) {
        return given().header("Authorization", adminToken).contentType(ContentType.JSON).body(body)
                .when().post("/v1/consents").then().statusCode(201).extract().path("id");
    }

    public static void revoke(String adminToken, String consentId) {
        given().header("Authorization", adminToken).contentType(ContentType.JSON)
                .body(Map.of("reason", "Revoked in writing"))
                .when().post("/v1/consents/" + consentId + "/revocation").then().statusCode(200);
    }

    /**
     * A 50-minute session of the peer with a DAP note, recorded and signed through the API by {@code coach};
     * answers the session id.
     */
    public static String signedSession(String coach, String peerId, Instant start) {
        String session = given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("startedAt", start.toString(), "endedAt", start.plus(50, ChronoUnit.MINUTES).toString(),
                        "modality", "IN_PERSON", "setting", "COMMUNITY",
                        "note", Map.of("data", "Met at the library.", "assessment", "Engaged.", "plan", "Friday.")))
                .when().post("/v1/peers/" + peerId + "/sessions").then().statusCode(201).extract().path("id");
        given().header("Authorization", coach).when().post("/v1/sessions/" + session + "/note/signature")
                .then().statusCode(200);
        return session;
    }

    /** A signed note of a session of the peer, published as the signing code does; answers the note. */
    public static EhrDocument signNote(String organization, String peerId, Instant sessionStart, String modality) {
        UUID noteId = UUID.randomUUID();
        Instant start = sessionStart.truncatedTo(ChronoUnit.SECONDS);
        EhrDocument note = document(noteId, organization, peerId, EhrDocument.Kind.NOTE, noteId);
        note.sessionId = UUID.randomUUID();
        note.sessionStart = start;
        note.sessionEnd = start.plus(Duration.ofMinutes(50));
        note.modality = modality;
        note.setting = "Community center";
        note.billingUnits = 3;
        note.noteFormat = "DAP";
        note.content = "Data: met at the community center.\nAssessment: steady.\nPlan: meet next week.";
        note.authorStaffId = UUID.randomUUID();
        note.signedAt = start.plus(Duration.ofMinutes(70));
        return publish(note);
    }

    public static EhrDocument signNote(String peerId, Instant sessionStart) {
        return signNote(TestTokens.DEMO_AGENCY, peerId, sessionStart, "IN_PERSON");
    }

    /** A signed addendum to a published note. */
    public static EhrDocument addendum(EhrDocument note, String text) {
        EhrDocument addendum = document(UUID.randomUUID(), note.organizationId, note.peerId.toString(),
                EhrDocument.Kind.ADDENDUM, note.id);
        addendum.sessionId = note.sessionId;
        addendum.sessionStart = note.sessionStart;
        addendum.sessionEnd = note.sessionEnd;
        addendum.modality = note.modality;
        addendum.setting = note.setting;
        addendum.content = text;
        addendum.authorStaffId = note.authorStaffId;
        addendum.signedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        addendum.addendumReason = "Late entry";
        return publish(addendum);
    }

    /**
     * A document as the signing code hands it over, without its session facts: a coach's signature with a
     * signature hash of its own (the signing code's hash covers more than the text).
     */
    public static EhrDocument document(UUID id, String organization, String peerId, EhrDocument.Kind kind,
            UUID noteId) {
        EhrDocument document = new EhrDocument();
        document.id = id;
        document.organizationId = organization;
        document.peerId = UUID.fromString(peerId);
        document.kind = kind;
        document.noteId = noteId;
        document.serviceCode = "H0038";
        document.contentHash = "0".repeat(63) + "1";
        document.authorName = "Casey Coach";
        document.authorCredentials = "CPRS";
        return document;
    }

    public static EhrDocument publish(EhrDocument document) {
        EhrPublisher publisher = Arc.container().instance(EhrPublisher.class).get();
        return QuarkusTransaction.requiringNew().call(() -> publisher.signed(document));
    }

    public static void withdraw(EhrDocument document, String reason) {
        EhrPublisher publisher = Arc.container().instance(EhrPublisher.class).get();
        QuarkusTransaction.requiringNew().run(() -> publisher.withdrawn(document.organizationId, document.id, reason));
    }

    public static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
