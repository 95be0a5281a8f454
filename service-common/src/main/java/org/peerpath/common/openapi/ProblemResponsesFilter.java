package org.peerpath.common.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.peerpath.model.problem.Problem;
import org.peerpath.model.problem.ProblemType;

/**
 * Declares the problem+json answers that any operation can give, so that the document lists every status a client
 * may see without each resource method repeating them: 400 where input is read, 401 and 403 where a token is needed,
 * 406, 413 and 415 where a body is read, 429, 500 and 503 everywhere. These are shared answers in {@code components/responses},
 * each with an example of its own problem. Feature-specific problems (404, 409, 412, 422, 428) stay on the resource
 * methods, with their own descriptions; this filter fills in their content when a method gives none. Every answer
 * references the common headers ({@link CommonHeaders}). It also documents the shape every list page shares.
 */
public class ProblemResponsesFilter implements OASFilter {

    public static final String PROBLEM_SCHEMA = "Problem";
    private static final String FIELD_ERROR_SCHEMA = "FieldError";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(FIELD_ERROR_SCHEMA, fieldErrorSchema());
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        if (components.getSchemas() != null) {
            components.getSchemas().forEach((name, schema) -> describePage(schema));
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/q/")) {
                item.getOperations().forEach((method, operation) -> declareProblems(components, operation));
            }
        });
    }

    private static void declareProblems(Components components, Operation operation) {
        boolean readsInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (readsInput) {
            declare(components, operation, ProblemType.VALIDATION_FAILED);
        }
        if (secured) {
            declare(components, operation, ProblemType.UNAUTHENTICATED);
            declare(components, operation, ProblemType.FORBIDDEN);
        }
        declare(components, operation, ProblemType.NOT_ACCEPTABLE);
        if (operation.getRequestBody() != null) {
            declare(components, operation, ProblemType.PAYLOAD_TOO_LARGE);
            declare(components, operation, ProblemType.UNSUPPORTED_MEDIA_TYPE);
        }
        declare(components, operation, ProblemType.TOO_MANY_REQUESTS);
        declare(components, operation, ProblemType.INTERNAL_ERROR);
        declare(components, operation, ProblemType.SERVICE_UNAVAILABLE);
        // Declared problems written on resource methods get the problem body too.
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (response.getRef() != null) {
                return;
            }
            if (isError(code) && (response.getContent() == null || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent(ProblemType.forStatus(Integer.parseInt(code))));
            }
            CommonHeaders.reference(components, code, response);
        });
    }

    /** Every page of every list: at most 100 items, and no next cursor on the last page. */
    private static void describePage(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null || properties.size() != 2 || !properties.containsKey("items")
                || !properties.containsKey("nextCursor")) {
            return;
        }
        properties.get("items").maxItems(100).description("This page's items, in the list's stable order.");
        properties.get("nextCursor").addType(SchemaType.NULL).maxLength(1000)
                .description("Pass as `cursor` to get the next page; null on the last page.");
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    /**
     * Adds the problem answer unless the resource method gave one with content. The shared answer in
     * {@code components/responses} is referenced, unless the method wrote its own description for this status.
     */
    private static void declare(Components components, Operation operation, ProblemType type) {
        String code = Integer.toString(type.status());
        APIResponse existing = operation.getResponses().getAPIResponse(code);
        if (existing != null && (existing.getRef() != null
                || existing.getContent() != null && !existing.getContent().getMediaTypes().isEmpty())) {
            return;
        }
        if (existing != null && existing.getDescription() != null && !isGeneric(existing.getDescription())) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse()
                    .description(existing.getDescription()).content(problemContent(type)));
            return;
        }
        String name = responseName(type);
        if (components.getResponses() == null || !components.getResponses().containsKey(name)) {
            APIResponse shared = OASFactory.createAPIResponse().description(DESCRIPTIONS.get(type))
                    .content(problemContent(type));
            CommonHeaders.reference(components, code, shared);
            components.addResponse(name, shared);
        }
        operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
    }

    /** VALIDATION_FAILED is shared as {@code ValidationFailed}. */
    private static String responseName(ProblemType type) {
        StringBuilder name = new StringBuilder();
        for (String word : type.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return name.toString();
    }

    private static final Map<ProblemType, String> DESCRIPTIONS = Map.of(
            ProblemType.VALIDATION_FAILED, "Invalid input: each wrong field is listed in `errors`.",
            ProblemType.UNAUTHENTICATED, "No valid bearer token.",
            ProblemType.FORBIDDEN, "The token's roles do not allow this operation.",
            ProblemType.NOT_ACCEPTABLE, "None of the accepted media types can be produced.",
            ProblemType.PAYLOAD_TOO_LARGE, "The body exceeds the size limit (1 MB).",
            ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body's Content-Type is not accepted.",
            ProblemType.TOO_MANY_REQUESTS, "Too many requests from this client; see Retry-After.",
            ProblemType.INTERNAL_ERROR, "Unexpected failure; the body names an incident id.",
            ProblemType.SERVICE_UNAVAILABLE, "A dependency such as the database is unavailable.");

    /** Descriptions Quarkus writes for security responses it adds by itself; ours say more. */
    private static boolean isGeneric(String description) {
        return description.equals("Not Authorized") || description.equals("Not Allowed");
    }

    /** The problem body, with an example of this kind of problem, so each status shows its own in Swagger UI. */
    private static org.eclipse.microprofile.openapi.models.media.Content problemContent(ProblemType type) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri().toString());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", EXAMPLE_DETAILS.getOrDefault(type, type.title() + "."));
        example.put("instance", "/v1/...");
        if (type == ProblemType.VALIDATION_FAILED) {
            example.put("errors", List.of(Map.of("field", "limit", "message", "must be less than or equal to 100")));
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)).example(example));
    }

    private static final Map<ProblemType, String> EXAMPLE_DETAILS = Map.of(
            ProblemType.VALIDATION_FAILED, "One field is invalid.",
            ProblemType.UNAUTHENTICATED, "This operation needs a valid bearer token in the Authorization header.",
            ProblemType.FORBIDDEN, "The caller's roles do not allow this operation.",
            ProblemType.NOT_FOUND, "No peer '3f1c2a9e-0b7d-4c55-9a8e-2d6f1b0c7e41' was found.",
            ProblemType.PRECONDITION_FAILED, "The resource changed since it was read; read it again and retry.",
            ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the ETag you read.",
            ProblemType.PAYLOAD_TOO_LARGE, "The request body exceeds the size limit of 1M.",
            ProblemType.TOO_MANY_REQUESTS, "This client made more than 600 requests in 60 seconds; retry after 12 seconds.",
            ProblemType.INTERNAL_ERROR, "The request failed on our side. Quote incident 5b0e... when you report it.",
            ProblemType.SERVICE_UNAVAILABLE, "The database is not reachable right now. Retry shortly; nothing was changed.");

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail. Branch on `type`; `errors` lists each invalid field.")
                .required(List.of("type", "title", "status"))
                .properties(ordered(
                        "type", string(2048, "A stable URI naming the kind of problem.")
                                .format("uri").example(ProblemType.VALIDATION_FAILED.uri().toString()),
                        "title", string(200, "Short summary of the kind of problem.")
                                .example(ProblemType.VALIDATION_FAILED.title()),
                        "status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                                .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                                .example(400),
                        "detail", string(2000, "What went wrong in this occurrence.")
                                .example("One field is invalid."),
                        "instance", string(2048, "The request path where it occurred.").example("/v1/peers"),
                        "errors", OASFactory.createSchema().addType(SchemaType.ARRAY).maxItems(500)
                                .description("Each invalid field, for validation problems.")
                                .items(OASFactory.createSchema().ref(FIELD_ERROR_SCHEMA))));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .required(List.of("field", "message"))
                .properties(ordered(
                        "field", string(500, "The invalid field: a dotted path into the body, or a parameter name.")
                                .example("limit"),
                        "message", string(1000, "What is wrong with it.").example("must be less than or equal to 100")));
    }

    /** Properties in the order given, so that the written document is stable from build to build. */
    private static Map<String, Schema> ordered(Object... namesAndSchemas) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            properties.put((String) namesAndSchemas[i], (Schema) namesAndSchemas[i + 1]);
        }
        return properties;
    }

    private static Schema string(int maxLength, String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).maxLength(maxLength).description(description);
    }
}
