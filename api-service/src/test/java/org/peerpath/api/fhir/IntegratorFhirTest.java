package org.peerpath.api.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.api.testing.Agency;
import org.peerpath.api.testing.FhirValidation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** What an integrator relies on beyond the data: the CapabilityStatement's promises and the read headers. */
@QuarkusTest
class IntegratorFhirTest {

    private static final String BASE = "/fhir/r4";

    @Test
    void theCapabilityStatementSaysWhatIsServedHowAndWhere() {
        String json = given().when().get(BASE + "/metadata").then().statusCode(200)
                .body("instantiates", hasItem("http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data"))
                .extract().asString();
        assertThat(FhirValidation.errors(json)).isEmpty();
        JsonPath statement = JsonPath.from(json);
        assertThat(statement.getString("rest[0].security.extension[0].url"))
                .isEqualTo("http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris");
        assertThat(statement.getString("rest[0].security.extension[0].extension[0].valueUri"))
                .endsWith("/protocol/openid-connect/token");
        for (String type : List.of("Patient", "Encounter", "DocumentReference", "Goal", "CareTeam", "CarePlan",
                "QuestionnaireResponse", "Observation", "Practitioner", "PractitionerRole")) {
            assertThat(statement.getList("rest[0].resource.find { it.type == '" + type + "' }.supportedProfile",
                    String.class)).as(type).singleElement().asString()
                    .startsWith("http://hl7.org/fhir/us/core/StructureDefinition/us-core-");
        }
        for (String type : List.of("Patient", "Encounter", "DocumentReference", "Goal", "CareTeam", "CarePlan",
                "QuestionnaireResponse", "Observation", "Questionnaire")) {
            assertThat(statement.getList("rest[0].resource.find { it.type == '" + type + "' }.searchParam.name",
                    String.class)).as(type).contains("_count");
        }
        assertThat(statement.getString("rest[0].resource.find { it.type == 'QuestionnaireResponse' }"
                + ".extension[0].extension[0].valueString")).isEqualTo("patient");
        assertThat(statement.getString("rest[0].resource.find { it.type == 'Patient' }.operation[0].definition"))
                .isEqualTo("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/patient-export");
        assertThat(statement.getString("rest[0].resource.find { it.type == 'Group' }.operation[0].definition"))
                .isEqualTo("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/group-export");
        assertThat(statement.getString("rest[0].operation[0].definition"))
                .isEqualTo("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export");
    }

    @Test
    void readsCarryTheVersionAsETagAndTheLastChangeAsLastModified() {
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        String peer = Agency.createPeer(Agency.demo().coach(), "Versioned");
        EhrTestData.consent(Agency.demo().admin(), peer, client, "NOTES");
        Response read = given().header("Authorization", token).when().get(BASE + "/Patient/" + peer);
        read.then().statusCode(200).header("ETag", notNullValue()).header("Last-Modified", notNullValue());
        String versionId = read.jsonPath().getString("meta.versionId");
        assertThat(read.header("ETag")).isEqualTo("W/\"" + versionId + "\"");
    }

    @Test
    void anEhrFindsAPatientByItsMrn() {
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        String mrn = "MRN-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String peer = Agency.createPeer(Agency.demo().coach(), java.util.Map.of("preferredName", "Matched",
                "externalMrn", mrn)).statusCode(201).extract().path("id");
        String other = Agency.createPeer(Agency.demo().coach(), "Not matched");
        for (String id : List.of(peer, other)) {
            EhrTestData.consent(Agency.demo().admin(), id, client, "NOTES");
        }
        String system = "https://peerpath.dev/fhir/sid/" + org.peerpath.common.testing.TestTokens.DEMO_AGENCY + "/mrn";
        for (String identifier : List.of(system + "|" + mrn, mrn, "https://peerpath.dev/fhir/sid/peer|" + peer,
                "urn:other|nothing," + mrn)) {
            given().header("Authorization", token).queryParam("identifier", identifier)
                    .when().get(BASE + "/Patient").then().statusCode(200)
                    .body("entry.resource.id", org.hamcrest.Matchers.contains(peer));
        }
        for (String identifier : List.of("urn:other|" + mrn, system + "|MRN-none", "|" + mrn)) {
            given().header("Authorization", token).queryParam("identifier", identifier)
                    .when().get(BASE + "/Patient").then().statusCode(200).body("entry", org.hamcrest.Matchers.nullValue());
        }
        // another client with no consent for the person finds no one by the MRN
        given().header("Authorization", EhrTestData.ehrToken(EhrTestData.newClientId()))
                .queryParam("identifier", mrn).when().get(BASE + "/Patient").then().statusCode(200)
                .body("entry", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void unknownSearchParametersAreIgnoredAndSaidSoUnlessHandlingIsStrict() {
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        String peer = Agency.createPeer(Agency.demo().coach(), "Strict");
        EhrTestData.consent(Agency.demo().admin(), peer, client, "GOALS");
        String lenient = given().filter(org.peerpath.common.testing.OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", token).queryParam("patient", peer).queryParam("category", "housing")
                .when().get(BASE + "/Goal").then().statusCode(200)
                .body("entry.find { it.search.mode == 'outcome' }.resource.issue[0].diagnostics",
                        org.hamcrest.Matchers.containsString("category"))
                .extract().asString();
        assertThat(FhirValidation.errors(lenient)).isEmpty();
        given().filter(org.peerpath.common.testing.OpenApiContract.requestBreaksContractOnPurpose())
                .header("Authorization", token).header("Prefer", "handling=strict").queryParam("patient", peer)
                .queryParam("category", "housing")
                .when().get(BASE + "/Goal").then().statusCode(400)
                .body("resourceType", org.hamcrest.Matchers.equalTo("OperationOutcome"))
                .body("issue[0].diagnostics", org.hamcrest.Matchers.containsString("category"));
        given().header("Authorization", token).header("Prefer", "handling=strict").queryParam("patient", peer)
                .when().get(BASE + "/Goal").then().statusCode(200)
                .body("entry.find { it.search.mode == 'outcome' }", org.hamcrest.Matchers.nullValue());
    }
}
