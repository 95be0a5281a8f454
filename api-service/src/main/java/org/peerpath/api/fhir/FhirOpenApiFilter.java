package org.peerpath.api.fhir;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.peerpath.common.openapi.ProblemResponsesFilter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * FHIR errors are OperationOutcomes ({@code application/fhir+json}); a client that is not FHIR-aware may still get a
 * problem+json for a failure before the FHIR layer (a proxy, a dependency). This filter declares, on every
 * {@code /fhir/r4} operation, each error status with both bodies, whether it runs before or after the records
 * API's problem filter.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class FhirOpenApiFilter implements OASFilter {

    private static final String OUTCOME_SCHEMA = "OperationOutcome";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (Fhir.isFhirPath(path)) {
                item.getOperations().forEach((method, operation) -> declare(operation));
            }
        });
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && !openAPI.getComponents().getSchemas().containsKey(OUTCOME_SCHEMA)) {
            openAPI.getComponents().addSchema(OUTCOME_SCHEMA, OASFactory.createSchema().addType(SchemaType.OBJECT)
                    .description("A FHIR R4 OperationOutcome.")
                    .properties(Map.of("resourceType", OASFactory.createSchema().addType(SchemaType.STRING)
                            .maxLength(64))));
        }
    }

    private static void declare(Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean readsInput = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (readsInput) {
            error(operation, "400", "A search parameter or id is not valid.");
        }
        if (secured) {
            error(operation, "401", "No valid bearer token.");
            error(operation, "403", "The token's roles do not allow this (role ehr-client needed).");
        }
        error(operation, "406", "None of the accepted media types can be produced.");
        error(operation, "500", "Unexpected failure; the diagnostics name an incident id.");
        error(operation, "503", "A dependency such as the database is unavailable.");
        // A copy, never the response itself: the generator shares one 401 and one 403 between all operations.
        Map.copyOf(operation.getResponses().getAPIResponses()).forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse()
                        .description(response.getDescription()).headers(response.getHeaders())
                        .content(bothBodies()));
            }
        });
    }

    private static void error(Operation operation, String code, String description) {
        APIResponse existing = operation.getResponses().getAPIResponse(code);
        // "Not Authorized" and "Not Allowed" are what Quarkus writes for the 401 and 403 it adds by itself.
        if (existing == null || "Not Authorized".equals(existing.getDescription())
                || "Not Allowed".equals(existing.getDescription())) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content bothBodies() {
        return OASFactory.createContent()
                .addMediaType(Fhir.JSON, OASFactory.createMediaType().schema(ref(OUTCOME_SCHEMA)))
                .addMediaType("application/problem+json", OASFactory.createMediaType()
                        .schema(ref(ProblemResponsesFilter.PROBLEM_SCHEMA)));
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(name);
    }
}
