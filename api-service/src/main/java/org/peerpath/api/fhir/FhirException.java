package org.peerpath.api.fhir;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** A FHIR interaction failed; answered as an OperationOutcome with this status. */
public class FhirException extends RuntimeException {

    private final int status;
    private final IssueType issueType;

    public FhirException(int status, IssueType issueType, String diagnostics) {
        super(diagnostics, null, false, false);
        this.status = status;
        this.issueType = issueType;
    }

    public int status() {
        return status;
    }

    public IssueType issueType() {
        return issueType;
    }

    public static FhirException notFound(String type, Object id) {
        return new FhirException(404, IssueType.NOTFOUND, "No " + type + " '" + id + "' is available to the caller.");
    }

    public static FhirException invalidParameter(String name, String message) {
        return new FhirException(400, IssueType.INVALID, "Search parameter '" + name + "' " + message + ".");
    }
}
