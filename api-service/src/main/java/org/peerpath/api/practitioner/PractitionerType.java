package org.peerpath.api.practitioner;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.peerpath.api.fhir.ServedType;

/** Staff as FHIR Practitioners: read only, where the client sees what they wrote ({@link PractitionerService}). */
@ApplicationScoped
public class PractitionerType implements ServedType {

    @Override
    public String fhirType() {
        return "Practitioner";
    }

    @Override
    public String documentation() {
        return "Staff who wrote or performed something the client may see (note and addendum authors, session "
                + "performers, plan authors, assessors): the NPI where recorded and the local staff id; read only";
    }

    @Override
    public List<String> supportedProfiles() {
        return List.of("http://hl7.org/fhir/us/core/StructureDefinition/us-core-practitioner");
    }
}
