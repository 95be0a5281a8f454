package org.peerpath.api.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peerpath.api.session.EhrDocument;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.api.testing.Agency;
import org.peerpath.api.testing.FhirValidation;
import org.peerpath.common.testing.OpenApiContract;
import org.peerpath.common.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every kind of resource the FHIR endpoint returns, for ordinary records and the edge cases (addenda, an amended
 * note, a withdrawn note, a concluded peer, a peer without MRN or birth date, a video session), validates against
 * base R4 and its US Core 6.1.0 profile with zero errors (but for LOINC and VSAC, which cannot be expanded offline).
 */
@QuarkusTest
class FhirValidationTest {

    private static final String BASE = "/fhir/r4";

    @Test
    void everyResourceTheServerReturnsIsValidR4AndUsCore() {
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        String admin = Agency.demo().admin();
        String peer = EhrTestData.peer("Jamie R.");
        String concluded = EhrTestData.peer("Concluded person");
        EhrTestData.conclude(concluded);
        String bare = EhrTestData.peer(TestTokens.DEMO_AGENCY, "Bare", null);
        String named = Agency.createPeer(Agency.demo().coach(), Map.of("preferredName", "Jo", "pronouns", "she/her",
                "gender", "FEMALE", "givenName", "Joanna", "familyName", "Okafor")).statusCode(201).extract().path("id");
        String familyOnly = Agency.createPeer(Agency.demo().coach(), Map.of("preferredName", "Mo", "familyName",
                "Haddad")).statusCode(201).extract().path("id");
        for (String id : List.of(peer, concluded, bare, named, familyOnly)) {
            EhrTestData.consent(admin, id, client, "NOTES", "ENCOUNTERS");
        }
        Instant start = Instant.now().minus(20, ChronoUnit.DAYS);
        EhrDocument note = EhrTestData.signNote(peer, start);
        EhrDocument amended = EhrTestData.signNote(peer, start.plus(1, ChronoUnit.DAYS));
        EhrDocument addendum = EhrTestData.addendum(amended, "Addendum: follow-up call made.");
        EhrDocument withdrawn = EhrTestData.signNote(peer, start.plus(2, ChronoUnit.DAYS));
        EhrTestData.withdraw(withdrawn, "Entered for the wrong person");
        EhrDocument video = EhrTestData.signNote(TestTokens.DEMO_AGENCY, concluded, start.plus(3, ChronoUnit.DAYS),
                "VIDEO");
        EhrDocument phone = EhrTestData.signNote(TestTokens.DEMO_AGENCY, bare, start.plus(4, ChronoUnit.DAYS),
                "PHONE");

        EhrTestData.consent(admin, peer, client, "GOALS");
        List<String> goals = List.of(
                EhrTestData.goal(peer, "ACTIVE", java.time.LocalDate.now().plusMonths(2), "Signed lease"),
                EhrTestData.goal(peer, "PROPOSED", null, null),
                EhrTestData.goal(peer, "ACHIEVED", java.time.LocalDate.now().minusDays(3), null),
                EhrTestData.goal(peer, "NOT_ACHIEVED", null, "Two interviews"),
                EhrTestData.goal(peer, "CANCELLED", null, null),
                EhrTestData.goal(peer, "ON_HOLD", java.time.LocalDate.now().plusYears(1), null));

        // network plans as CareTeams: every kind of member, crisis contacts, and a plan with no members
        String coach = Agency.demo().coach();
        String networked = Agency.createPeer(coach, "Networked person");
        String alone = Agency.createPeer(coach, "Person without a network yet");
        String fullPlan = networkPlan(coach, networked, CareTeamData.everyKindOfMember());
        String emptyPlan = networkPlan(coach, alone, List.of());
        for (String id : List.of(networked, alone)) {
            EhrTestData.consent(admin, id, client, "PLANS");
        }

        Map<String, String> resources = new LinkedHashMap<>();
        resources.put("CareTeam " + fullPlan, get(token, "/CareTeam/" + fullPlan, 200));
        resources.put("CareTeam without members " + emptyPlan, get(token, "/CareTeam/" + emptyPlan, 200));
        resources.put("CareTeam search", get(token, "/CareTeam?patient=" + networked, 200));
        resources.put("CareTeam search paged", get(token, "/CareTeam?_count=1", 200));
        for (String id : goals) {
            resources.put("Goal " + id, get(token, "/Goal/" + id, 200));
        }
        resources.put("Goal search", get(token, "/Goal?patient=" + peer, 200));
        resources.put("metadata", get(null, "/metadata", 200));
        for (String id : List.of(peer, concluded, bare, named, familyOnly)) {
            resources.put("Patient " + id, get(token, "/Patient/" + id, 200));
        }
        for (EhrDocument document : List.of(note, amended, addendum, withdrawn, video, phone)) {
            resources.put("DocumentReference " + document.id, get(token, "/DocumentReference/" + document.id, 200));
        }
        for (EhrDocument document : List.of(note, video, phone)) {
            resources.put("Encounter " + document.sessionId, get(token, "/Encounter/" + document.sessionId, 200));
        }
        resources.put("Patient search", get(token, "/Patient?_count=2", 200));
        resources.put("DocumentReference search", get(token, "/DocumentReference?patient=" + peer + "&_count=2", 200));
        resources.put("Encounter search", get(token, "/Encounter?patient=" + peer, 200));
        resources.put("empty search", get(token, "/DocumentReference?patient=" + UUID.randomUUID(), 200));
        resources.put("not found", get(token, "/Patient/" + UUID.randomUUID(), 404));
        resources.put("bad request", get(token, "/Encounter?_count=0", 400));

        Map<String, List<String>> errors = new LinkedHashMap<>();
        resources.forEach((name, json) -> {
            List<String> found = FhirValidation.errors(json);
            if (!found.isEmpty()) {
                errors.put(name, found);
            }
        });
        assertThat(errors).isEmpty();
        // and the validator is live: it does reject invalid R4
        assertThat(FhirValidation.errors("{\"resourceType\":\"Patient\",\"gender\":\"robot\"}")).isNotEmpty();
        assertThat(resources.get("DocumentReference " + withdrawn.id)).contains("entered-in-error")
                .contains("\"data\":\"" + java.util.Base64.getEncoder().encodeToString(
                        org.peerpath.api.session.DocumentReferenceType.WITHDRAWN_NOTICE.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"");
        // gender and legal names only as recorded; the preferred name kept whole, its parts declared unknown
        assertThat(resources.get("Patient " + peer)).contains("\"gender\":\"unknown\"", "data-absent-reason")
                .doesNotContain("official");
        assertThat(resources.get("Patient " + named)).contains("\"gender\":\"female\"",
                "{\"use\":\"official\",\"family\":\"Okafor\",\"given\":[\"Joanna\"]}", "\"text\":\"Jo\"");
        assertThat(resources.get("Patient " + familyOnly)).contains("{\"use\":\"official\",\"family\":\"Haddad\"}");
        assertThat(resources.get("DocumentReference " + amended.id)).contains("\"docStatus\":\"amended\"");
        assertThat(resources.get("DocumentReference " + addendum.id)).contains("\"appends\"");
        assertThat(resources.get("Encounter " + video.sessionId)).contains("\"VR\"");
        assertThat(resources.get("CareTeam " + fullPlan)).contains("\"RelatedPerson\"", "\"Practitioner\"",
                "\"Organization\"", "crisis-contact");
        assertThat(resources.get("CareTeam without members " + emptyPlan)).doesNotContain("contained")
                .contains("\"reference\":\"Patient/" + alone + "\"");
    }

    private static String networkPlan(String coach, String peerId, List<Map<String, Object>> members) {
        String planId = given().header("Authorization", coach).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("members", members, "checkInCadence", "MONTHLY", "reviewDate", "2027-02-01"))
                .when().post("/v1/peers/" + peerId + "/network-plan")
                .then().statusCode(201).extract().path("planId");
        return planId;
    }

    private static String get(String token, String path, int status) {
        var request = given();
        if (token != null) {
            request.header("Authorization", token);
        }
        if (status >= 400) {
            request.filter(OpenApiContract.requestBreaksContractOnPurpose());
        }
        return request.urlEncodingEnabled(false).when().get(BASE + path).then().statusCode(status).extract().asString();
    }
}
