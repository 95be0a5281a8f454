package org.peerpath.common.testing.hostile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One operation of a service's OpenAPI document, with its schemas resolved, as the hostile walker needs it. */
public record ApiOperation(String id, String method, String path, List<Parameter> parameters, String bodyMediaType,
        JsonNode bodySchema, Map<String, JsonNode> bodyProperties, Set<String> requiredProperties) {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** A path, query or header parameter. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    public List<Parameter> in(String location) {
        return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
    }

    public boolean readsBody() {
        return bodyMediaType != null;
    }

    /** Every operation of the document whose path starts with one of the prefixes. */
    public static List<ApiOperation> of(JsonNode document, List<String> pathPrefixes) {
        SchemaResolver schemas = new SchemaResolver(document);
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (pathPrefixes.stream().noneMatch(path.getKey()::startsWith)) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (METHODS.contains(method.getKey())) {
                    operations.add(of(path.getKey(), method.getKey(), method.getValue(), schemas));
                }
            }
        }
        return operations;
    }

    private static ApiOperation of(String path, String method, JsonNode operation, SchemaResolver schemas) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                    parameter.path("required").asBoolean(), schemas.resolve(parameter.path("schema"))));
        }
        String mediaType = null;
        JsonNode bodySchema = MissingNode.getInstance();
        Iterator<Map.Entry<String, JsonNode>> content = operation.path("requestBody").path("content").fields();
        if (content.hasNext()) {
            Map.Entry<String, JsonNode> first = content.next();
            mediaType = first.getKey();
            bodySchema = schemas.resolve(first.getValue().path("schema"));
        }
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        bodySchema.path("properties").fields().forEachRemaining(property -> {
            JsonNode resolved = schemas.resolve(property.getValue()).deepCopy();
            if (resolved.has("items")) {
                ((ObjectNode) resolved).set("items", schemas.resolve(resolved.get("items")));
            }
            properties.put(property.getKey(), resolved);
        });
        Set<String> required = new LinkedHashSet<>();
        bodySchema.path("required").forEach(name -> required.add(name.asText()));
        return new ApiOperation(operation.path("operationId").asText(method + " " + path), method.toUpperCase(), path,
                List.copyOf(parameters), mediaType, bodySchema, properties, required);
    }

    /** Follows {@code $ref}s into {@code components.schemas}, and takes the first branch of allOf/oneOf/anyOf. */
    static final class SchemaResolver {

        private final JsonNode components;

        SchemaResolver(JsonNode document) {
            components = document.path("components").path("schemas");
        }

        JsonNode resolve(JsonNode schema) {
            JsonNode current = schema;
            for (int hops = 0; hops < 10; hops++) {
                if (current.has("$ref")) {
                    String ref = current.get("$ref").asText();
                    current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
                } else if (current.has("allOf") && !current.has("properties")) {
                    current = current.get("allOf").get(0);
                } else if (current.has("oneOf")) {
                    current = current.get("oneOf").get(0);
                } else if (current.has("anyOf")) {
                    current = current.get("anyOf").get(0);
                } else {
                    return current;
                }
            }
            return current;
        }
    }
}
