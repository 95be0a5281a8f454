package org.peerpath.api.practitioner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.peerpath.api.testing.Agency.createPeer;
import static org.peerpath.api.testing.Agency.etagOf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerpath.api.fhir.Fhir;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.api.testing.Agency;
import org.peerpath.api.testing.FhirValidation;
import org.peerpath.common.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A note signed through the API names its author as a Practitioner, which the client may read exactly while it may
 * see the note; the Practitioner carries the NPI once recorded, the PractitionerRole the agency's contact.
 */
@QuarkusTest
class PractitionerFhirTest {

    private static final String BASE = "/fhir/r4";

    /** An agency of its own, so that its contact and staff touch no other test. */
    private final String agency = "agency-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void staffAreReadableWhereTheClientSeesWhatTheyWrote() {
        String admin = "Bearer " + TestTokens.user("admin-" + UUID.randomUUID(), "org-admin").organization(agency)
                .sign();
        String coach = Agency.staffToken("coach-" + UUID.randomUUID(), "peer-specialist", Instant.now(), agency);
        String staffId = Agency.staffIdOf(coach);
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client, agency);
        String peer = createPeer(coach, "Practitioner peer");
        Instant start = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        EhrTestData.signedSession(coach, peer, start);

        // before a consent the author is no one the client knows of
        given().header("Authorization", token).when().get(BASE + "/Practitioner/" + staffId).then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
        EhrTestData.consent(admin, peer, client, "NOTES", "ENCOUNTERS");
        given().header("Authorization", token).queryParam("patient", peer).when().get(BASE + "/DocumentReference")
                .then().statusCode(200).body("entry[0].resource.author[0].reference", equalTo("Practitioner/" + staffId));
        given().header("Authorization", token).queryParam("patient", peer).when().get(BASE + "/Encounter")
                .then().statusCode(200)
                .body("entry[0].resource.participant[0].individual.reference", equalTo("Practitioner/" + staffId));
        String practitioner = given().header("Authorization", token).when().get(BASE + "/Practitioner/" + staffId)
                .then().statusCode(200).contentType(Fhir.JSON)
                .body("resourceType", equalTo("Practitioner"))
                .body("identifier.system", hasItem("https://peerpath.dev/fhir/sid/staff"))
                .extract().asString();
        assertThat(FhirValidation.errors(practitioner)).isEmpty();

        // the NPI, once recorded, is the practitioner's official identifier
        given().header("Authorization", admin).header("If-Match", etagOf(admin, "/v1/staff/" + staffId))
                .contentType(ContentType.JSON).body(Map.of("active", true, "npi", "1234567893"))
                .when().put("/v1/staff/" + staffId).then().statusCode(200);
        String withNpi = given().header("Authorization", token).when().get(BASE + "/Practitioner/" + staffId)
                .then().statusCode(200)
                .body("identifier[0].system", equalTo("http://hl7.org/fhir/sid/us-npi"))
                .body("identifier[0].value", equalTo("1234567893"))
                .extract().asString();
        assertThat(FhirValidation.errors(withNpi)).isEmpty();

        // a role needs the agency's contact (US Core pd-1)
        given().header("Authorization", token).when().get(BASE + "/PractitionerRole/" + staffId).then().statusCode(404);
        given().header("Authorization", admin).header("If-Match", etagOf(admin, "/v1/agency-settings"))
                .contentType(ContentType.JSON)
                .body(Map.of("noteFormat", "DAP", "billingRounding", "EIGHT_MINUTE_RULE", "dailyUnitCap", 16,
                        "timeZone", "UTC", "contactPhone", "+1 555 010 0200", "contactEmail", "care@agency.example"))
                .when().put("/v1/agency-settings").then().statusCode(200);
        String role = given().header("Authorization", token).when().get(BASE + "/PractitionerRole/" + staffId)
                .then().statusCode(200)
                .body("practitioner.reference", equalTo("Practitioner/" + staffId))
                .body("code[0].coding[0].code", equalTo("175T00000X"))
                .body("telecom.value", hasItem("+1 555 010 0200"))
                .extract().asString();
        assertThat(FhirValidation.errors(role)).isEmpty();

        // another client, another agency's client, a stranger: nobody
        given().header("Authorization", EhrTestData.ehrToken(EhrTestData.newClientId(), agency))
                .when().get(BASE + "/Practitioner/" + staffId).then().statusCode(404);
        given().header("Authorization", EhrTestData.ehrToken(client))
                .when().get(BASE + "/Practitioner/" + staffId).then().statusCode(404);
        given().header("Authorization", token).when().get(BASE + "/Practitioner/" + UUID.randomUUID())
                .then().statusCode(404);
    }
}
