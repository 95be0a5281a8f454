package org.peerpath.api.consent;

/** Why the records may be disclosed, with the HL7 v3 ActReason code that FHIR resources carry. */
public enum ConsentPurpose {
    TREATMENT("TREAT", "treatment"),
    CARE_COORDINATION("CAREMGT", "care management"),
    PAYMENT("HPAYMT", "healthcare payment"),
    HEALTHCARE_OPERATIONS("HOPERAT", "healthcare operations");

    private final String actReason;
    private final String display;

    ConsentPurpose(String actReason, String display) {
        this.actReason = actReason;
        this.display = display;
    }

    public String actReason() {
        return actReason;
    }

    public String display() {
        return display;
    }
}
