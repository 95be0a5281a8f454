package org.peerpath.api.fhir;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * OpenAPI shapes of the FHIR endpoints. The FHIR specification defines the resources; these name only what a
 * generic client branches on, and allow everything else.
 */
public final class FhirDocs {

    public static final String NOT_FOUND = "No such resource, or none the calling client may receive (no consent in "
            + "effect names it): an OperationOutcome.";

    private FhirDocs() {
    }

    @Schema(name = "FhirResource", description = "A FHIR R4 resource (JSON), as the R4 specification defines it.",
            additionalProperties = Schema.True.class)
    public record Resource(
            @Schema(required = true, maxLength = 64, example = "DocumentReference") String resourceType,
            @Schema(maxLength = 64, example = "3b5c7d9e-2f4a-4b6c-8d0e-1f2a3b4c5d6e") String id) {
    }

    @Schema(name = "FhirBundle", description = "A FHIR R4 searchset Bundle; follow `link` with relation `next` "
            + "for the next page.", additionalProperties = Schema.True.class)
    public record Bundle(
            @Schema(required = true, maxLength = 64, example = "Bundle") String resourceType,
            @Schema(maxLength = 20, example = "searchset") String type,
            @Schema(maxItems = 2, description = "self, and next when there is a next page") List<BundleLink> link,
            @Schema(maxItems = 100) List<BundleEntry> entry) {
    }

    @Schema(name = "FhirBundleEntry", additionalProperties = Schema.True.class)
    public record BundleEntry(
            @Schema(maxLength = 4000, example = "https://api.example.org/fhir/r4/Patient/0f8e1b9c-3a52-4c7d-8e21-"
                    + "6b4f2d9a7c15") String fullUrl,
            Resource resource) {
    }

    @Schema(name = "FhirBundleLink", additionalProperties = Schema.True.class)
    public record BundleLink(
            @Schema(maxLength = 20, example = "next") String relation,
            @Schema(maxLength = 4000, example = "https://api.example.org/fhir/r4/DocumentReference?patient=0f8e1b9c"
                    + "-3a52-4c7d-8e21-6b4f2d9a7c15&_cursor=MXwy") String url) {
    }

    @Schema(name = "OperationOutcome", description = "A FHIR R4 OperationOutcome describing what went wrong.",
            additionalProperties = Schema.True.class)
    public record OperationOutcome(
            @Schema(required = true, maxLength = 64, example = "OperationOutcome") String resourceType,
            @Schema(maxItems = 10) List<Issue> issue) {
    }

    @Schema(name = "OperationOutcomeIssue", additionalProperties = Schema.True.class)
    public record Issue(
            @Schema(maxLength = 20, example = "error") String severity,
            @Schema(maxLength = 40, example = "not-found") String code,
            @Schema(maxLength = 2000, example = "No DocumentReference '42' is available to the caller.")
            String diagnostics) {
    }
}
