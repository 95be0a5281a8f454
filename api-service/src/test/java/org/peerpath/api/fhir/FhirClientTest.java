package org.peerpath.api.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.peerpath.api.sync.EhrTestData;
import org.peerpath.api.testing.Agency;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** HAPI FHIR's own generic client, not our code, against the running service. */
@QuarkusTest
class FhirClientTest {

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

    private static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(entry -> ((DocumentReference) entry.getResource()).getIdElement().getIdPart()).toList();
    }
}
