package org.peerpath.api.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.peerpath.api.assessment.AssessmentResourceTest.answers;
import static org.peerpath.api.assessment.AssessmentResourceTest.body;
import static org.peerpath.api.assessment.AssessmentResourceTest.record;
import static org.peerpath.api.testing.Agency.createPeer;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerpath.api.fhir.Fhir;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.api.testing.Agency;
import org.peerpath.api.testing.FhirValidation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Assessments and relapse-prevention plans over FHIR R4: valid resources, behind consent, disclosed. */
@QuarkusTest
class OutcomesFhirTest {

    private static final String BASE = "/fhir/r4";

    private final Agency demo = Agency.demo();

    @Test
    void theInstrumentIsAPublicQuestionnaireUnderItsCanonicalUrl() {
        String json = given().when().get(BASE + "/Questionnaire/" + AssessmentResourceTest.BARC_10)
                .then().statusCode(200).contentType(Fhir.JSON)
                .body("resourceType", equalTo("Questionnaire"))
                .body("url", equalTo("https://peerpath.dev/fhir/Questionnaire/barc-10"))
                .body("version", equalTo("1"))
                .body("item", hasSize(10))
                .extract().asString();
        assertThat(FhirValidation.errors(json)).isEmpty();
    }

    @Test
    void theCanonicalAResponseNamesResolvesBySearch() {
        String canonical = "https://peerpath.dev/fhir/Questionnaire/barc-10";
        String pinned = given().queryParam("url", canonical + "|1").when().get(BASE + "/Questionnaire")
                .then().statusCode(200).contentType(Fhir.JSON)
                .body("resourceType", equalTo("Bundle"))
                .body("total", equalTo(1))
                .body("entry", hasSize(1))
                .body("entry[0].resource.id", equalTo(AssessmentResourceTest.BARC_10))
                .body("entry[0].resource.version", equalTo("1"))
                .extract().asString();
        assertThat(FhirValidation.errors(pinned)).isEmpty();
        given().queryParam("url", canonical).queryParam("version", "1").when().get(BASE + "/Questionnaire")
                .then().statusCode(200).body("total", equalTo(1))
                .body("entry[0].resource.url", equalTo(canonical));
        given().queryParam("url", canonical).queryParam("version", "999").when().get(BASE + "/Questionnaire")
                .then().statusCode(200).body("total", equalTo(0)).body("entry", equalTo(null));
        given().queryParam("url", "https://example.org/Questionnaire/none").when().get(BASE + "/Questionnaire")
                .then().statusCode(200).body("total", equalTo(0));
        int all = given().queryParam("_count", 1).when().get(BASE + "/Questionnaire")
                .then().statusCode(200).body("entry", hasSize(1)).extract().path("total");
        assertThat(all).isGreaterThanOrEqualTo(1);
        given().queryParam("url", canonical + "|1").queryParam("version", "2").when().get(BASE + "/Questionnaire")
                .then().statusCode(400).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void withAConsentTheClientReadsTheAssessmentAndItsTotalAndThePlan() {
        String coach = demo.coach();
        String peer = createPeer(coach, "Fhir outcomes");
        String complete = record(coach, peer, body(answers(5, 5, 5, 5, 5, 5, 5, 4, 4, 4))).statusCode(201)
                .extract().path("id");
        String incomplete = record(coach, peer, body(answers(5, 5, 5, 5, 0, 5, 5, 4, 4, 4))).statusCode(201)
                .extract().path("id");
        String plan = given().header("Authorization", coach).contentType(ContentType.JSON)
                .body(org.peerpath.api.relapseplan.PlanResourceTestData.plan())
                .when().post("/v1/peers/" + peer + "/relapse-prevention-plan")
                .then().statusCode(201).extract().path("planId");
        String client = EhrTestData.newClientId();
        String token = EhrTestData.ehrToken(client);
        for (String path : List.of("/QuestionnaireResponse/" + complete, "/Observation/" + complete,
                "/CarePlan/" + plan)) {
            given().header("Authorization", token).when().get(BASE + path)
                    .then().statusCode(404).contentType(Fhir.JSON).body("resourceType", equalTo("OperationOutcome"));
        }
        EhrTestData.consent(demo.admin(), peer, client, "PLANS");
        // a consent covering plans does not cover assessments
        for (String path : List.of("/QuestionnaireResponse/" + complete, "/Observation/" + complete)) {
            given().header("Authorization", token).when().get(BASE + path)
                    .then().statusCode(404).contentType(Fhir.JSON).body("resourceType", equalTo("OperationOutcome"));
        }
        given().header("Authorization", token).queryParam("patient", peer).when().get(BASE + "/Observation")
                .then().statusCode(200).body("entry", equalTo(null));
        EhrTestData.consent(demo.admin(), peer, client, "ASSESSMENTS");
        String response = given().header("Authorization", token).when().get(BASE + "/QuestionnaireResponse/" + complete)
                .then().statusCode(200).contentType(Fhir.JSON)
                .body("resourceType", equalTo("QuestionnaireResponse"))
                .body("questionnaire", equalTo("https://peerpath.dev/fhir/Questionnaire/barc-10|1"))
                .body("subject.reference", equalTo("Patient/" + peer))
                .body("item", hasSize(10))
                .body("item[0].answer[0].valueInteger", equalTo(5))
                .body("meta.security.code", hasItem("R"))
                .extract().asString();
        assertThat(FhirValidation.errors(response)).isEmpty();
        String observation = given().header("Authorization", token).when().get(BASE + "/Observation/" + complete)
                .then().statusCode(200)
                .body("resourceType", equalTo("Observation"))
                .body("code.coding[0].system", equalTo("https://peerpath.dev/fhir/CodeSystem/assessment"))
                .body("code.coding[0].code", equalTo("barc-10-total"))
                .body("valueInteger", equalTo(47))
                .body("interpretation[0].coding[0].code", equalTo("at-or-above-cutoff"))
                .body("derivedFrom[0].reference", equalTo("QuestionnaireResponse/" + complete))
                .extract().asString();
        assertThat(FhirValidation.errors(observation)).isEmpty();
        given().header("Authorization", token).when().get(BASE + "/QuestionnaireResponse/" + incomplete)
                .then().statusCode(200).body("item[4].answer", equalTo(null));
        given().header("Authorization", token).when().get(BASE + "/Observation/" + incomplete)
                .then().statusCode(404).body("resourceType", equalTo("OperationOutcome"));
        String carePlan = given().header("Authorization", token).when().get(BASE + "/CarePlan/" + plan)
                .then().statusCode(200)
                .body("resourceType", equalTo("CarePlan"))
                .body("status", equalTo("active"))
                .body("intent", equalTo("plan"))
                .body("meta.versionId", equalTo("1"))
                .body("activity[0].detail.code.coding[0].code", equalTo("technique:grounding"))
                .extract().asString();
        assertThat(FhirValidation.errors(carePlan)).isEmpty();
        given().header("Authorization", demo.supervisor()).when().get("/v1/peers/" + peer + "/disclosures")
                .then().statusCode(200).body("items", hasSize(4))
                .body("items.description", hasItem("1 CarePlan resource (FHIR)"));
        String bundle = given().header("Authorization", token).queryParam("patient", "Patient/" + peer)
                .queryParam("_count", 1).when().get(BASE + "/QuestionnaireResponse")
                .then().statusCode(200).body("resourceType", equalTo("Bundle"))
                .body("entry", hasSize(1)).body("entry[0].resource.id", equalTo(incomplete))
                .body("link.relation", hasItem("next"))
                .extract().asString();
        assertThat(FhirValidation.errors(bundle)).isEmpty();
        given().header("Authorization", token).queryParam("patient", peer).when().get(BASE + "/CarePlan")
                .then().statusCode(200).body("entry", hasSize(1)).body("entry[0].resource.id", equalTo(plan));
        given().header("Authorization", EhrTestData.ehrToken(EhrTestData.newClientId()))
                .queryParam("patient", peer).when().get(BASE + "/QuestionnaireResponse")
                .then().statusCode(200).body("entry", equalTo(null));
        given().header("Authorization", demo.supervisor()).when().get("/v1/peers/" + peer + "/disclosures")
                .then().statusCode(200).body("items", hasSize(6));
        String observations = given().header("Authorization", token).queryParam("patient", peer)
                .when().get(BASE + "/Observation")
                .then().statusCode(200).body("resourceType", equalTo("Bundle"))
                .body("entry", hasSize(1)).body("entry[0].resource.id", equalTo(complete))
                .body("entry[0].resource.resourceType", equalTo("Observation"))
                .extract().asString();
        assertThat(FhirValidation.errors(observations)).isEmpty();
        given().header("Authorization", demo.supervisor()).when().get("/v1/peers/" + peer + "/disclosures")
                .then().statusCode(200).body("items", hasSize(7))
                .body("items.description", hasItem("1 Observation resource (FHIR)"));
        given().header("Authorization", EhrTestData.ehrToken(client, "river-agency"))
                .when().get(BASE + "/QuestionnaireResponse/" + complete).then().statusCode(404);
    }
}
