package org.peerpath.api.common.openapi;

/** Tag names of the records API, in the order Swagger UI shows them. */
public final class ApiTags {

    public static final String CALLER = "Caller";
    public static final String PEERS = "Peers";
    public static final String CASELOAD = "Caseload";
    public static final String SESSIONS = "Sessions";
    public static final String NOTES = "Session notes";
    public static final String GOALS = "Goals";
    public static final String NETWORK_PLANS = "Network plans";
    public static final String STAFF = "Staff";
    public static final String AGENCY = "Agency settings";
    public static final String AUDIT = "Audit";

    public static final String CONSENTS = "Consents";
    public static final String DISCLOSURES = "Disclosures";
    public static final String SYNC = "EHR sync";
    public static final String FHIR = "FHIR R4";
    public static final String BULK_EXPORT = "FHIR bulk export";
    public static final String WEBHOOKS = "Webhooks";

    public static final String ASSESSMENTS = "Recovery capital assessments";
    public static final String ASSESSMENT_INSTRUMENTS = "Assessment instruments";
    public static final String RELAPSE_PREVENTION_PLANS = "Relapse-prevention plans";
    public static final String PROGRAM_REPORTS = "Program reports";

    private ApiTags() {
    }
}
