package org.peerpath.api.fhir;

import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;

/**
 * A feature that serves FHIR resources under {@code /fhir/r4} declares them in the CapabilityStatement through a
 * CDI bean implementing this, so that {@code metadata} lists exactly what the server supports. Use
 * {@link Capabilities#resource} and {@link Capabilities#param} to describe each resource.
 */
public interface FhirCapabilityContributor {

    void contribute(CapabilityStatementRestComponent rest);
}
