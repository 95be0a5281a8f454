package org.peerpath.api.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.api.testing.Agency;
import org.peerpath.api.testing.FhirValidation;
import org.peerpath.common.testing.TestTokens;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.gclient.ReferenceClientParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** HAPI FHIR's own generic client, not our code, against the running service. */
@QuarkusTest
class FhirClientTest {

    /** The BARC-10 instrument the migrations seed. */
    private static final String BARC_10 = "b10c0000-0000-4000-8000-000000000001";

    @TestHTTPResource("/fhir/r4")
    URL base;

    @Test
    void hapisGenericClientReadsCapabilitiesSearchesAndPages() {
        String peerId = EhrTestData.peer("Paged by HAPI");
        String clientId = EhrTestData.newClientId();
        EhrTestData.consent(Agency.demo().admin(), peerId, clientId, "NOTES");
        List<String> signed = new ArrayList<>();
        Instant start = Instant.now().minus(30, ChronoUnit.DAYS);
        for (int i = 0; i < 7; i++) {
            signed.add(EhrTestData.signNote(peerId, start.plus(i, ChronoUnit.DAYS)).id.toString());
        }
        IGenericClient client = Fhir.CONTEXT.newRestfulGenericClient(base.toString());
        client.registerInterceptor(new BearerTokenAuthInterceptor(
                EhrTestData.ehrToken(clientId).substring("Bearer ".length())));

        CapabilityStatement capabilities = client.capabilities().ofType(CapabilityStatement.class).execute();
        assertThat(capabilities.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(capabilities.getRestFirstRep().getResource()).extracting(r -> r.getType())
                .contains("Patient", "DocumentReference");

        Patient patient = client.read().resource(Patient.class).withId(peerId).execute();
        assertThat(patient.getNameFirstRep().getText()).isEqualTo("Paged by HAPI");
        assertThat(patient.getMeta().getSecurity()).extracting(c -> c.getCode()).contains("42CFRPart2");

        Bundle page = client.search().forResource(DocumentReference.class)
                .where(DocumentReference.PATIENT.hasId(peerId))
                .count(3)
                .returnBundle(Bundle.class)
                .execute();
        List<String> seen = new ArrayList<>();
        int pages = 1;
        seen.addAll(ids(page));
        while (page.getLink(Bundle.LINK_NEXT) != null) {
            page = client.loadPage().next(page).execute();
            seen.addAll(ids(page));
            pages++;
        }
        assertThat(seen).containsExactlyElementsOf(signed);
        assertThat(pages).isEqualTo(3);

        assertThatThrownBy(() -> client.read().resource(Patient.class).withId(UUID.randomUUID().toString()).execute())
                .isInstanceOf(ResourceNotFoundException.class);
    }

    /**
     * Every type the CapabilityStatement lists as readable is read, and searched by patient where it declares that
     * search, through HAPI's generic client on data made through the API; each resource validates against R4 and
     * its US Core profile.
     */
    @Test
    void hapisGenericClientReadsAndSearchesEveryServedType() {
        String agency = "agency-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = "Bearer " + TestTokens.user("admin-" + UUID.randomUUID(), "org-admin").organization(agency)
                .sign();
        String coach = Agency.staffToken("coach-" + UUID.randomUUID(), "peer-specialist", Instant.now(), agency);
        String staffId = Agency.staffIdOf(coach);
        given().header("Authorization", admin).header("If-Match", Agency.etagOf(admin, "/v1/agency-settings"))
                .contentType(ContentType.JSON)
                .body(Map.of("noteFormat", "DAP", "billingRounding", "EIGHT_MINUTE_RULE", "dailyUnitCap", 16,
                        "timeZone", "UTC", "contactPhone", "+1 555 010 0300", "contactEmail", "ehr@agency.example"))
                .when().put("/v1/agency-settings").then().statusCode(200);
        String peer = Agency.createPeer(coach, "Read by HAPI");
        Instant start = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        EhrTestData.signedSession(coach, peer, start);
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("domain", "HOUSING", "statement", "Move into my own apartment", "measure",
                        "Signed lease", "targetDate", "2027-03-01", "status", "ACTIVE"))
                .when().post("/v1/peers/" + peer + "/goals").then().statusCode(201);
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("members", CareTeamData.everyKindOfMember(), "checkInCadence", "MONTHLY",
                        "reviewDate", "2027-02-01"))
                .when().post("/v1/peers/" + peer + "/network-plan").then().statusCode(201);
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(org.peerpath.api.relapseplan.PlanResourceTestData.plan())
                .when().post("/v1/peers/" + peer + "/relapse-prevention-plan").then().statusCode(201);
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            answers.add(Map.of("linkId", Integer.toString(i), "value", 5));
        }
        given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(Map.of("instrumentId", BARC_10, "answers", answers))
                .when().post("/v1/peers/" + peer + "/assessments").then().statusCode(201);
        String clientId = EhrTestData.newClientId();
        EhrTestData.consent(admin, peer, clientId, "NOTES", "ENCOUNTERS", "GOALS", "PLANS", "ASSESSMENTS");
        IGenericClient client = Fhir.CONTEXT.newRestfulGenericClient(base.toString());
        client.registerInterceptor(new BearerTokenAuthInterceptor(
                EhrTestData.ehrToken(clientId, agency).substring("Bearer ".length())));

        // types no patient search reaches, by the ids the data above gave them
        Map<String, String> known = Map.of("Patient", peer, "Questionnaire", BARC_10, "Practitioner", staffId,
                "PractitionerRole", staffId);
        CapabilityStatement capabilities = client.capabilities().ofType(CapabilityStatement.class).execute();
        Set<String> readable = new TreeSet<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (var resource : capabilities.getRestFirstRep().getResource()) {
            if (resource.getInteraction().stream().noneMatch(i -> i.getCode() == TypeRestfulInteraction.READ)) {
                continue;
            }
            String type = resource.getType();
            readable.add(type);
            List<String> ids = new ArrayList<>();
            if (known.containsKey(type)) {
                ids.add(known.get(type));
            }
            if (resource.getSearchParam().stream().anyMatch(param -> param.getName().equals("patient"))) {
                Bundle found = client.search().forResource(type)
                        .where(new ReferenceClientParam("patient").hasId(peer))
                        .returnBundle(Bundle.class).execute();
                collect(errors, type + " search", found);
                found.getEntry().forEach(entry -> ids.add(entry.getResource().getIdElement().getIdPart()));
            }
            assertThat(ids).as(type).isNotEmpty();
            for (String id : ids) {
                IBaseResource read = client.read().resource(type).withId(id).execute();
                assertThat(read.fhirType()).isEqualTo(type);
                assertThat(read.getIdElement().getIdPart()).isEqualTo(id);
                collect(errors, type + "/" + id, read);
            }
        }
        assertThat(readable).containsAll(List.of("Patient", "Encounter", "DocumentReference", "Goal", "CareTeam",
                "CarePlan", "Observation", "QuestionnaireResponse", "Questionnaire", "Practitioner",
                "PractitionerRole"));
        assertThat(errors).isEmpty();
    }

    private static void collect(Map<String, List<String>> errors, String name, IBaseResource resource) {
        List<String> found = FhirValidation.errors(Fhir.CONTEXT.newJsonParser().encodeResourceToString(resource));
        if (!found.isEmpty()) {
            errors.put(name, found);
        }
    }

    private static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(entry -> ((DocumentReference) entry.getResource()).getIdElement().getIdPart()).toList();
    }
}
