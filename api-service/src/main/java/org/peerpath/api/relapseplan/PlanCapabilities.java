package org.peerpath.api.relapseplan;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.peerpath.api.fhir.Capabilities;
import org.peerpath.api.fhir.FhirCapabilityContributor;

/** Declares what {@link PlanFhirResource} serves: the relapse-prevention plan as a CarePlan. */
@ApplicationScoped
public class PlanCapabilities implements FhirCapabilityContributor {

    @Override
    public void contribute(CapabilityStatementRestComponent rest) {
        Capabilities.resource(rest, "CarePlan", "The person's relapse-prevention plan, current version; search "
                + "requires patient. Needs a consent covering plans", List.of(
                        Capabilities.param("patient", SearchParamType.REFERENCE,
                                "http://hl7.org/fhir/SearchParameter/clinical-patient",
                                "The person whose plan it is (required)")));
    }
}
