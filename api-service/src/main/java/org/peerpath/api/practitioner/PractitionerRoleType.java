package org.peerpath.api.practitioner;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.peerpath.api.fhir.ServedType;

/** Staff members' roles at the agency as FHIR PractitionerRoles: read only, with the Practitioner's id. */
@ApplicationScoped
public class PractitionerRoleType implements ServedType {

    @Override
    public String fhirType() {
        return "PractitionerRole";
    }

    @Override
    public String documentation() {
        return "A Practitioner's role at the agency (NUCC 175T00000X Peer Specialist), reachable through the "
                + "agency's contact; same id as the Practitioner, served while the agency records a contact";
    }

    @Override
    public List<String> supportedProfiles() {
        return List.of("http://hl7.org/fhir/us/core/StructureDefinition/us-core-practitionerrole");
    }
}
