package org.peerpath.api.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.peerpath.api.sync.EhrTestData.body;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peerpath.api.session.EhrDocument;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.api.testing.Agency;
import org.peerpath.common.testing.OpenApiContract;
import org.peerpath.common.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class FhirResourceTest {

    private static final String BASE = "/fhir/r4";
    private final Agency demo = Agency.demo();

    @Test
    void withoutAConsentTheClientSeesNothing() {
        String peerId = EhrTestData.peer("Unconsented");
        EhrDocument note = EhrTestData.signNote(peerId, Instant.now().minus(2, ChronoUnit.DAYS));
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        // another client's consent does not help this one
        EhrTestData.consent(demo.admin(), peerId, EhrTestData.newClientId(), "NOTES", "ENCOUNTERS");
        for (String path : List.of("/Patient/" + peerId, "/DocumentReference/" + note.id,
                "/Encounter/" + note.sessionId)) {
            given().header("Authorization", token).when().get(BASE + path)
                    .then().statusCode(404).contentType(Fhir.JSON)
                    .body("resourceType", equalTo("OperationOutcome"))
                    .body("issue[0].code", equalTo("not-found"))
                    .body(org.hamcrest.Matchers.not(containsString("Unconsented")));
        }
        given().header("Authorization", token).queryParam("patient", peerId).when().get(BASE + "/DocumentReference")
                .then().statusCode(200).body("resourceType", equalTo("Bundle")).body("entry", nullValue());
        given().header("Authorization", token).when().get(BASE + "/Patient")
                .then().statusCode(200).body("entry", nullValue());
        given().header("Authorization", demo.supervisor()).when().get("/v1/peers/" + peerId + "/disclosures")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void aConsentOpensTheRecordAndItsRevocationClosesItAtOnce() {
        String peerId = EhrTestData.peer("Consented");
        EhrDocument note = EhrTestData.signNote(peerId, Instant.now().minus(3, ChronoUnit.DAYS));
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        String admin = demo.admin();
        String consentId = EhrTestData.consent(admin, peerId, client, "NOTES", "ENCOUNTERS");

        given().header("Authorization", token).when().get(BASE + "/Patient/" + peerId)
                .then().statusCode(200).contentType(Fhir.JSON)
                .body("resourceType", equalTo("Patient"))
                .body("identifier.find { it.type != null }.type.coding[0].code", equalTo("MR"))
                .body("meta.security.code", hasItems("R", "SUD", "42CFRPart2", "NORDSCLCD"));
        given().header("Authorization", token).when().get(BASE + "/DocumentReference/" + note.id)
                .then().statusCode(200)
                .body("type.coding[0].code", equalTo("11506-3"))
                .body("docStatus", equalTo("final"))
                .body("description", containsString("42 CFR part 2"))
                .body("content[0].attachment.contentType", equalTo("text/plain; charset=utf-8"));
        given().header("Authorization", token).when().get(BASE + "/Encounter/" + note.sessionId)
                .then().statusCode(200)
                .body("class.code", equalTo("AMB"))
                .body("type[0].coding[0].code", equalTo("H0038"));

        EhrTestData.revoke(admin, consentId);
        given().header("Authorization", token).when().get(BASE + "/DocumentReference/" + note.id)
                .then().statusCode(404);
        given().header("Authorization", token).when().get(BASE + "/Patient/" + peerId).then().statusCode(404);
        given().header("Authorization", token).queryParam("patient", peerId).when().get(BASE + "/DocumentReference")
                .then().statusCode(200).body("entry", nullValue());

        JsonPath disclosures = given().header("Authorization", demo.supervisor())
                .when().get("/v1/peers/" + peerId + "/disclosures")
                .then().statusCode(200).extract().jsonPath();
        assertThat(disclosures.getList("items.channel", String.class)).containsOnly("FHIR").hasSize(3);
        assertThat(disclosures.getList("items.clientId", String.class)).containsOnly(client);
        assertThat(disclosures.getList("items.consentId", String.class)).containsOnly(consentId);
        assertThat(disclosures.getList("items.resources.flatten()", String.class)).contains(
                "Patient/" + peerId, "DocumentReference/" + note.id, "Encounter/" + note.sessionId);
    }

    @Test
    void theConsentsScopePurposeDatesAndAgencyAllCount() {
        String peerId = EhrTestData.peer("Scoped");
        EhrDocument note = EhrTestData.signNote(peerId, Instant.now().minus(1, ChronoUnit.DAYS));
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        EhrTestData.consent(demo.admin(), peerId, client, "ENCOUNTERS");
        given().header("Authorization", token).when().get(BASE + "/Encounter/" + note.sessionId)
                .then().statusCode(200);
        given().header("Authorization", token).when().get(BASE + "/DocumentReference/" + note.id)
                .then().statusCode(404);

        String later = EhrTestData.newClientId();
        EhrTestData.consent(demo.admin(), body("peerId", peerId, "recipientClientId", later, "recipientName", "L",
                "purpose", "TREATMENT", "scopes", List.of("NOTES"),
                "effectiveFrom", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        given().header("Authorization", EhrTestData.ehrToken(later))
                .when().get(BASE + "/DocumentReference/" + note.id).then().statusCode(404);

        // the same client id in another agency's token sees nothing of this agency
        given().header("Authorization", EhrTestData.ehrToken(client, TestTokens.OTHER_AGENCY))
                .when().get(BASE + "/Encounter/" + note.sessionId).then().statusCode(404);
    }

    @Test
    void aConsentNamingAnOrganizationCoversItsRegisteredClients() {
        String peerId = EhrTestData.peer("Org-consented");
        EhrDocument note = EhrTestData.signNote(peerId, Instant.now().minus(1, ChronoUnit.DAYS));
        String client = EhrTestData.newClientId();
        String organization = "Org " + client;
        EhrTestData.consent(demo.admin(), body("peerId", peerId, "recipientOrganization", organization,
                "recipientName", organization, "purpose", "TREATMENT", "scopes", List.of("NOTES")));
        given().header("Authorization", EhrTestData.ehrToken(client))
                .when().get(BASE + "/DocumentReference/" + note.id).then().statusCode(404);
        given().header("Authorization", demo.admin()).contentType(ContentType.JSON)
                .body(body("clientId", client, "recipientOrganization", organization, "displayName", "Org EHR"))
                .when().post("/v1/ehr-clients").then().statusCode(201);
        given().header("Authorization", EhrTestData.ehrToken(client))
                .when().get(BASE + "/DocumentReference/" + note.id).then().statusCode(200);
    }

    @Test
    void searchesFilterByPatientDateAndLastUpdatedAndPageWithNextLinks() {
        String peerId = EhrTestData.peer("Searched");
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        EhrTestData.consent(demo.admin(), peerId, client, "NOTES", "ENCOUNTERS");
        Instant start = Instant.parse("2026-06-01T15:00:00Z");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(EhrTestData.signNote(peerId, start.plus(i, ChronoUnit.DAYS)).id.toString());
        }
        EhrDocument addendum = EhrTestData.addendum(EhrTestData.signNote(peerId, start.plus(10, ChronoUnit.DAYS)),
                "Addendum: the person called back.");

        List<String> seen = new ArrayList<>();
        String next = BASE + "/DocumentReference?patient=Patient/" + peerId + "&_count=2&date=lt2026-06-06";
        int pages = 0;
        while (next != null) {
            JsonPath page = given().header("Authorization", token).urlEncodingEnabled(false).when().get(next)
                    .then().statusCode(200).body("type", equalTo("searchset")).extract().jsonPath();
            seen.addAll(page.getList("entry.resource.id", String.class));
            next = page.getList("link.findAll { it.relation == 'next' }.url", String.class).stream().findFirst()
                    .map(url -> url.substring(url.indexOf(BASE))).orElse(null);
            pages++;
        }
        assertThat(seen).containsExactlyElementsOf(ids);
        assertThat(pages).isEqualTo(3);

        given().header("Authorization", token).queryParam("patient", peerId).queryParam("date", "ge2026-06-03")
                .queryParam("date", "le2026-06-04")
                .when().get(BASE + "/DocumentReference")
                .then().statusCode(200).body("entry.resource.id", contains(ids.get(2), ids.get(3)));
        given().header("Authorization", token).queryParam("patient", peerId)
                .queryParam("_lastUpdated", "gt" + Instant.now().plus(1, ChronoUnit.HOURS))
                .when().get(BASE + "/DocumentReference")
                .then().statusCode(200).body("entry", nullValue());
        given().header("Authorization", token).queryParam("patient", peerId).queryParam("date", "2026-06-11")
                .when().get(BASE + "/DocumentReference")
                .then().statusCode(200).body("entry.resource.docStatus", contains("amended"));
        given().header("Authorization", token).queryParam("patient", peerId).queryParam("_count", 100)
                .when().get(BASE + "/DocumentReference")
                .then().statusCode(200)
                .body("entry.resource.docStatus", hasItems("amended", "final"))
                .body("entry.resource.relatesTo.flatten().code", contains("appends"))
                .body("entry.resource.relatesTo.flatten().target.reference",
                        contains("DocumentReference/" + addendum.noteId));
        given().header("Authorization", token).queryParam("patient", peerId).queryParam("date", "2026-06")
                .when().get(BASE + "/Encounter")
                .then().statusCode(200).body("entry", hasSize(6))
                .body("entry[0].fullUrl", containsString(BASE + "/Encounter/"));
        given().header("Authorization", token).queryParam("_id", peerId).when().get(BASE + "/Patient")
                .then().statusCode(200).body("entry.resource.id", contains(peerId));
        assertThat(addendum.noteId).isNotNull();
    }

    @Test
    void goalsNeedAConsentCoveringGoals() {
        String peerId = EhrTestData.peer("Goal setter");
        String goalId = EhrTestData.goal(peerId, "ACTIVE", java.time.LocalDate.now().plusMonths(3), "3 meetings a week");
        String notesOnly = EhrTestData.newClientId();
        EhrTestData.consent(demo.admin(), peerId, notesOnly, "NOTES");
        given().header("Authorization", EhrTestData.ehrToken(notesOnly)).when().get(BASE + "/Goal/" + goalId)
                .then().statusCode(404);
        String goals = EhrTestData.newClientId();
        EhrTestData.consent(demo.admin(), peerId, goals, "GOALS");
        given().header("Authorization", EhrTestData.ehrToken(goals)).when().get(BASE + "/Goal/" + goalId)
                .then().statusCode(200).body("lifecycleStatus", equalTo("active"))
                .body("expressedBy.reference", equalTo("Patient/" + peerId));
        given().header("Authorization", EhrTestData.ehrToken(goals)).queryParam("patient", peerId)
                .when().get(BASE + "/Goal")
                .then().statusCode(200).body("entry.resource.id", contains(goalId));
    }

    @Test
    void errorsAreOperationOutcomes() {
        String token = EhrTestData.ehrToken(EhrTestData.newClientId());
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", token).queryParam("_count", 0).when().get(BASE + "/DocumentReference")
                .then().statusCode(400).contentType(Fhir.JSON).body("issue[0].code", equalTo("invalid"));
        given().header("Authorization", token).queryParam("date", "yesterday").when().get(BASE + "/Encounter")
                .then().statusCode(400).body("resourceType", equalTo("OperationOutcome"));
        given().header("Authorization", token).queryParam("_cursor", "bogus").when().get(BASE + "/Patient")
                .then().statusCode(400).body("issue[0].diagnostics", containsString("_cursor"));
        given().header("Authorization", token).when().get(BASE + "/Patient/not-a-uuid")
                .then().statusCode(404).body("resourceType", equalTo("OperationOutcome"));
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .when().get(BASE + "/Patient/" + java.util.UUID.randomUUID())
                .then().statusCode(401).contentType(Fhir.JSON).header("WWW-Authenticate", "Bearer")
                .body("issue[0].code", equalTo("login"));
        given().header("Authorization", demo.supervisor()).when().get(BASE + "/DocumentReference")
                .then().statusCode(403).contentType(Fhir.JSON).body("issue[0].code", equalTo("forbidden"));
        given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", token).when().get(BASE + "/MedicationRequest")
                .then().statusCode(404).contentType(Fhir.JSON).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void theNetworkPlanIsACareTeamUnderAConsentCoveringPlans() {
        String coach = demo.coach();
        String peerId = Agency.createPeer(coach, "Care team person");
        String planId = given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("members", CareTeamData.everyKindOfMember(), "checkInCadence", "MONTHLY"))
                .when().post("/v1/peers/" + peerId + "/network-plan")
                .then().statusCode(201).extract().path("planId");
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        // no consent, or one that does not cover plans: the plan does not exist for the client
        given().header("Authorization", token).when().get(BASE + "/CareTeam/" + planId)
                .then().statusCode(404).body("resourceType", equalTo("OperationOutcome"));
        EhrTestData.consent(demo.admin(), peerId, client, "NOTES", "GOALS");
        given().header("Authorization", token).when().get(BASE + "/CareTeam/" + planId).then().statusCode(404);
        given().header("Authorization", token).queryParam("patient", peerId).when().get(BASE + "/CareTeam")
                .then().statusCode(200).body("entry", nullValue());

        String consentId = EhrTestData.consent(demo.admin(), peerId, client, "PLANS");
        JsonPath team = given().header("Authorization", token).when().get(BASE + "/CareTeam/" + planId)
                .then().statusCode(200).contentType(Fhir.JSON)
                .body("resourceType", equalTo("CareTeam"))
                .body("status", equalTo("active"))
                .body("subject.reference", equalTo("Patient/" + peerId))
                .body("meta.versionId", equalTo("1"))
                .body("meta.security.code", hasItems("R", "SUD", "42CFRPart2", "NORDSCLCD"))
                .body("participant", hasSize(5))
                .extract().jsonPath();
        // the person first, then crisis contacts in calling order, each with one role saying so
        assertThat(team.getString("participant[0].member.reference")).isEqualTo("Patient/" + peerId);
        assertThat(team.getList("participant.member.display", String.class).subList(1, 5))
                .containsExactly("Sam R.", "Dr. Lee", "Tuesday SMART meeting", "Eastside Recovery Community Center");
        assertThat(team.getList("participant.collect { it.role.size() }", Integer.class)).containsOnly(1);
        assertThat(team.getString("participant[1].role[0].coding[0].code")).isEqualTo("crisis-contact");
        assertThat(team.getString("participant[1].role[0].text")).isEqualTo("Sponsor; crisis contact, call order 1");
        assertThat(team.getString("participant[2].role[0].coding[0].code")).isEqualTo("crisis-contact");
        assertThat(team.getList("participant[3].role.coding.flatten().code", String.class))
                .doesNotContain("crisis-contact");
        assertThat(team.getList("contained.resourceType", String.class))
                .containsExactly("RelatedPerson", "Practitioner", "Organization", "Organization");
        assertThat(team.getString("contained[0].patient.reference")).isEqualTo("Patient/" + peerId);
        assertThat(team.getString("contained[0].telecom[0].system")).isEqualTo("sms");
        assertThat(team.getString("participant[1].member.reference"))
                .isEqualTo("#" + team.getString("contained[0].id"));

        // search: by patient, by _lastUpdated, paged with _count
        given().header("Authorization", token).queryParam("patient", "Patient/" + peerId)
                .when().get(BASE + "/CareTeam")
                .then().statusCode(200).body("resourceType", equalTo("Bundle"))
                .body("entry", hasSize(1)).body("entry[0].resource.id", equalTo(planId))
                .body("entry[0].fullUrl", containsString("/fhir/r4/CareTeam/" + planId));
        given().header("Authorization", token).queryParam("patient", peerId)
                .queryParam("_lastUpdated", "gt" + Instant.now().plus(1, ChronoUnit.DAYS))
                .when().get(BASE + "/CareTeam").then().statusCode(200).body("entry", nullValue());
        given().header("Authorization", token).queryParam("patient", peerId)
                .queryParam("_lastUpdated", "lt" + Instant.now().plus(1, ChronoUnit.DAYS))
                .when().get(BASE + "/CareTeam").then().statusCode(200).body("entry", hasSize(1));
        String other = Agency.createPeer(coach, "Second care team person");
        String otherPlan = given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("members", List.of())).when().post("/v1/peers/" + other + "/network-plan")
                .then().statusCode(201).extract().path("planId");
        EhrTestData.consent(demo.admin(), other, client, "PLANS");
        JsonPath first = given().header("Authorization", token).queryParam("_count", 1).when().get(BASE + "/CareTeam")
                .then().statusCode(200).body("entry", hasSize(1)).extract().jsonPath();
        String next = first.getString("link.find { it.relation == 'next' }.url");
        assertThat(next).contains("_cursor=");
        String nextPath = next.substring(next.indexOf(BASE));
        JsonPath second = given().urlEncodingEnabled(false).header("Authorization", token).when().get(nextPath)
                .then().statusCode(200).body("entry", hasSize(1)).extract().jsonPath();
        assertThat(List.of(first.getString("entry[0].resource.id"), second.getString("entry[0].resource.id")))
                .containsExactly(planId, otherPlan);

        JsonPath disclosures = given().header("Authorization", demo.supervisor())
                .when().get("/v1/peers/" + peerId + "/disclosures").then().statusCode(200).extract().jsonPath();
        assertThat(disclosures.getList("items.resources.flatten()", String.class)).contains("CareTeam/" + planId);
        assertThat(disclosures.getList("items.consentId", String.class)).containsOnly(consentId);
        EhrTestData.revoke(demo.admin(), consentId);
        given().header("Authorization", token).when().get(BASE + "/CareTeam/" + planId).then().statusCode(404);
    }

    @Test
    void theCapabilityStatementIsPublicAndListsExactlyWhatIsServed() {
        JsonPath statement = given().when().get(BASE + "/metadata")
                .then().statusCode(200).contentType(Fhir.JSON)
                .body("resourceType", equalTo("CapabilityStatement"))
                .body("fhirVersion", equalTo("4.0.1"))
                .body("format", hasItem("application/fhir+json"))
                .extract().jsonPath();
        List<String> listed = statement.getList("rest[0].resource.type", String.class);
        assertThat(listed).containsExactlyInAnyOrder("Patient", "Encounter", "DocumentReference", "Goal", "CareTeam",
                "Questionnaire", "QuestionnaireResponse", "Observation", "CarePlan", "Practitioner",
                "PractitionerRole", "Group");
        // exactly what is served: each listed type has its read route, and its search route exactly when the statement
        // claims search-type; and every FHIR resource route the server has is listed
        Map<String, Object> paths = given().filter(OpenApiContract.requestBreaksContractOnPurpose())
                .queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        for (int i = 0; i < listed.size(); i++) {
            String type = listed.get(i);
            List<String> interactions = statement.getList("rest[0].resource[" + i + "].interaction.code",
                    String.class);
            if (type.equals("Group")) {
                // listed only for its Bulk Data operation: no read, no search
                assertThat(interactions).as(type).isEmpty();
                assertThat(paths).as(type + " export").containsKey(BASE + "/Group/{groupId}/$export");
                continue;
            }
            assertThat(paths).as(type + " read").containsKey(BASE + "/" + type + "/{id}");
            if (interactions.contains("search-type")) {
                assertThat(paths).as(type + " search").containsKey(BASE + "/" + type);
                assertThat(statement.getList("rest[0].resource[" + i + "].searchParam.name", String.class))
                        .as(type + " search parameters").isNotEmpty();
            } else {
                assertThat(paths).as(type + " has no search").doesNotContainKey(BASE + "/" + type);
            }
            assertThat(interactions).as(type).contains("read").isSubsetOf("read", "search-type");
        }
        for (String path : paths.keySet()) {
            if (path.startsWith(BASE + "/") && !path.equals(BASE + "/metadata") && !path.contains("$")) {
                assertThat(listed).as(path).contains(path.substring(BASE.length() + 1).split("/")[0]);
            }
        }
        Map<String, List<String>> interactionsByType = new java.util.HashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            interactionsByType.put(listed.get(i), statement.getList("rest[0].resource[" + i + "].interaction.code",
                    String.class));
        }
        assertThat(interactionsByType.get("Patient")).containsExactly("read", "search-type");
        assertThat(interactionsByType.get("CareTeam")).containsExactly("read", "search-type");
        assertThat(interactionsByType.get("Questionnaire")).containsExactly("read", "search-type");
        assertThat(interactionsByType.get("Practitioner")).containsExactly("read");
        assertThat(interactionsByType.get("QuestionnaireResponse")).containsExactly("read", "search-type");
        assertThat(interactionsByType.get("Observation")).containsExactly("read", "search-type");
        assertThat(interactionsByType.get("CarePlan")).containsExactly("read", "search-type");
    }

    @Test
    void theParticipantAndTheAgencySeeTheDisclosuresOthersDoNot() {
        String subject = "participant-" + java.util.UUID.randomUUID();
        String peerId = EhrTestData.peer(TestTokens.DEMO_AGENCY, "Self", subject);
        String client = EhrTestData.newClientId();
        EhrTestData.consent(demo.admin(), peerId, client, "NOTES");
        given().header("Authorization", EhrTestData.ehrToken(client)).when().get(BASE + "/Patient/" + peerId)
                .then().statusCode(200);
        given().header("Authorization", demo.participant(subject)).when().get("/v1/peers/" + peerId + "/disclosures")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].recipientName", equalTo("EHR " + client))
                .body("items[0].purpose", equalTo("TREATMENT"));
        given().header("Authorization", demo.admin()).when().get("/v1/peers/" + peerId + "/disclosures?limit=1")
                .then().statusCode(200).body("items", hasSize(1));
        given().header("Authorization", demo.participant("someone-else")).when()
                .get("/v1/peers/" + peerId + "/disclosures").then().statusCode(404);
        given().header("Authorization", Agency.other().supervisor()).when()
                .get("/v1/peers/" + peerId + "/disclosures").then().statusCode(404);
        given().header("Authorization", demo.coach()).when()
                .get("/v1/peers/" + peerId + "/disclosures").then().statusCode(403);
        given().header("Authorization", EhrTestData.ehrToken(client)).when()
                .get("/v1/peers/" + peerId + "/disclosures").then().statusCode(403);
    }
}
