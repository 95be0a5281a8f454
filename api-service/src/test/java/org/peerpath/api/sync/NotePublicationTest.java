package org.peerpath.api.sync;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerpath.api.session.NotePublication;
import org.peerpath.api.session.Modality;
import org.peerpath.api.session.NoteAddendum;
import org.peerpath.api.session.NoteFormat;
import org.peerpath.api.session.NoteSections;
import org.peerpath.api.session.Session;
import org.peerpath.api.session.SessionNote;
import org.peerpath.api.testing.Agency;
import org.peerpath.common.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The hooks the note code calls turn its signed notes and addenda into what EHRs receive. */
@QuarkusTest
class NotePublicationTest {

    @Inject
    NotePublication publication;

    @Test
    void aSignedNoteCosignatureAndAddendumReachTheEhrSide() {
        String peerId = EhrTestData.peer("Published");
        String client = EhrTestData.newClientId();
        EhrTestData.consent(Agency.demo().admin(), peerId, client, "NOTES", "ENCOUNTERS");
        Instant start = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Session session = new Session();
        session.id = UUID.randomUUID();
        session.organizationId = TestTokens.DEMO_AGENCY;
        session.peerId = UUID.fromString(peerId);
        session.startedAt = start;
        session.endedAt = start.plus(45, ChronoUnit.MINUTES);
        session.billingUnits = 3;
        session.serviceCode = "H0038";
        session.modality = Modality.VIDEO;
        SessionNote note = new SessionNote();
        note.id = UUID.randomUUID();
        note.organizationId = session.organizationId;
        note.sessionId = session.id;
        note.peerId = session.peerId;
        note.format = NoteFormat.DAP;
        note.sections = new NoteSections("Met by video.", "Engaged.", "Meet Friday.", null, null, null, null, null,
                null);
        note.signedByStaffId = UUID.randomUUID();
        note.signerName = "Casey Coach";
        note.signerCredentials = "CPRS";
        note.signedAt = start.plus(1, ChronoUnit.HOURS);
        note.contentHash = "ab".repeat(32);
        QuarkusTransaction.requiringNew().run(() -> publication.noteSigned(session, note));
        note.cosignerName = "Sam Supervisor";
        note.cosignedAt = note.signedAt.plus(1, ChronoUnit.HOURS);
        QuarkusTransaction.requiringNew().run(() -> publication.noteCosigned(note));
        NoteAddendum addendum = new NoteAddendum();
        addendum.id = UUID.randomUUID();
        addendum.organizationId = note.organizationId;
        addendum.noteId = note.id;
        addendum.sessionId = session.id;
        addendum.peerId = note.peerId;
        addendum.sequence = 1;
        addendum.reason = "Late entry";
        addendum.text = "Called back on Monday.";
        addendum.signerName = "Casey Coach";
        addendum.signedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        addendum.contentHash = "cd".repeat(32);
        QuarkusTransaction.requiringNew().run(() -> publication.addendumSigned(session, addendum));

        String token = EhrTestData.ehrToken(client);
        String json = given().header("Authorization", token).when().get("/fhir/r4/DocumentReference/" + note.id)
                .then().statusCode(200).body("docStatus", equalTo("amended"))
                .body("authenticator.display", equalTo("Sam Supervisor")).extract().asString();
        String text = new String(java.util.Base64.getDecoder().decode(
                io.restassured.path.json.JsonPath.from(json).getString("content[0].attachment.data")));
        assertThat(text).isEqualTo("Data:\nMet by video.\n\nAssessment:\nEngaged.\n\nPlan:\nMeet Friday.");
        given().header("Authorization", token).when().get("/fhir/r4/DocumentReference/" + addendum.id)
                .then().statusCode(200).body("relatesTo[0].target.reference", equalTo("DocumentReference/" + note.id));
        given().header("Authorization", token).when().get("/fhir/r4/Encounter/" + session.id)
                .then().statusCode(200).body("class.code", equalTo("VR")).body("length.value", equalTo(45));
    }
}
