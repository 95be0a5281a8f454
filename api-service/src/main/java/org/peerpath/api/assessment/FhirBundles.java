package org.peerpath.api.assessment;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.UriBuilder;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.peerpath.api.fhir.FhirException;

/** Searchset Bundles for the outcome resources, with {@code self} and {@code next} links. */
public final class FhirBundles {

    public static final int DEFAULT_COUNT = 20;
    public static final int MAX_COUNT = 100;

    private FhirBundles() {
    }

    public static Bundle searchset(List<? extends Resource> resources, String nextCursor, UriBuilder self,
            String base) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTimestamp(new Date());
        bundle.addLink().setRelation("self").setUrl(self.build().toString());
        if (nextCursor != null) {
            bundle.addLink().setRelation("next")
                    .setUrl(self.replaceQueryParam("_cursor", nextCursor).build().toString());
        }
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    /** The peer id named by a {@code patient} parameter ({@code <id>} or {@code Patient/<id>}); null if none. */
    public static UUID patient(String patient) {
        if (patient == null || patient.isBlank()) {
            throw FhirException.invalidParameter("patient", "is required: the person, as <id> or Patient/<id>");
        }
        String id = patient.startsWith("Patient/") ? patient.substring("Patient/".length()) : patient;
        return AssessmentFhirService.uuid(id.strip());
    }

    public static int count(Integer count) {
        if (count == null) {
            return DEFAULT_COUNT;
        }
        if (count < 1 || count > MAX_COUNT) {
            throw FhirException.invalidParameter("_count", "must be from 1 to " + MAX_COUNT);
        }
        return count;
    }
}
