package org.peerpath.content.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the conditional-read contract of the public reads (those that declare a 304): the If-None-Match and
 * Accept-Language request headers, and the ETag, Cache-Control and Content-Language response headers.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ConditionalReadDocsFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().hasAPIResponse("304")) {
                document(operation);
            }
        }));
    }

    private static void document(Operation operation) {
        operation.addParameter(header("If-None-Match",
                "The ETag of a copy you hold; the answer is 304 with no body while it is current.", "\"c12-4f1d0a9b3c2e7d6a5b40\""));
        operation.addParameter(header("Accept-Language",
                "Preferred languages of the content; English is the fallback.", "en"));
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        ok.addHeader("ETag", responseHeader("Strong validator of this representation"));
        ok.addHeader("Cache-Control", responseHeader("How long shared and private caches may reuse it"));
        ok.addHeader("Content-Language", responseHeader("The language of the content"));
        APIResponse notModified = operation.getResponses().getAPIResponse("304");
        notModified.addHeader("ETag", responseHeader("The validator that still matches"));
    }

    private static Parameter header(String name, String description, String example) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(false)
                .description(description).example(example)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(1000));
    }

    private static Header responseHeader(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(1000));
    }
}
