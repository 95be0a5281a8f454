package org.peerpath.common.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * States in the document the limits the code already enforces, so that clients and linters see them (OWASP API4):
 * <ul>
 * <li>strings of a parsed format are as long as that format allows (a UUID 36 characters, a date 10, a date-time
 * 35: nanoseconds and an offset);</li>
 * <li>a property the generator wrote as {@code type: string} beside an {@code allOf} reference (an enum, a UUID, a
 * date) repeats the referenced schema's length limit, which tools that do not follow {@code allOf} miss;</li>
 * <li>integers in schemas that only ever leave the service (never part of a request) carry their Java type's range
 * where the record gives none; request integers must declare their own bounds with {@code @Min}/{@code @Max}.</li>
 * </ul>
 * It also names the one server: whichever deployment served the document.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractLimitsFilter implements OASFilter {

    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The deployment that served this document: local development, staging or production "
                        + "(production behind TLS)")
                .addExtension("x-internal", false)));
        Map<String, Schema> components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        List<Schema> roots = new ArrayList<>(components.values());
        operations(openAPI).forEach(operation -> roots.addAll(inlineSchemas(operation)));
        roots.forEach(root -> walk(root, ContractLimitsFilter::limitFormat));
        roots.forEach(root -> walk(root, schema -> repeatReferencedLength(schema, components)));
        Set<String> requestSchemas = requestSchemaNames(openAPI, components);
        components.forEach((name, schema) -> {
            if (!requestSchemas.contains(name)) {
                walk(schema, ContractLimitsFilter::rangeOfJavaType);
            }
        });
    }

    private static void limitFormat(Schema schema) {
        if (schema.getFormat() != null && FORMAT_LENGTHS.containsKey(schema.getFormat())
                && isType(schema, SchemaType.STRING) && schema.getMaxLength() == null) {
            schema.setMaxLength(FORMAT_LENGTHS.get(schema.getFormat()));
        }
    }

    private static void repeatReferencedLength(Schema schema, Map<String, Schema> components) {
        String ref = referenceOf(schema);
        boolean restatesType = isType(schema, SchemaType.STRING) || schema.getRef() == null;
        if (ref == null || !restatesType || schema.getMaxLength() != null || schema.getEnumeration() != null) {
            return;
        }
        Schema target = ref.startsWith(SCHEMA_REF_PREFIX) ? components.get(ref.substring(SCHEMA_REF_PREFIX.length()))
                : null;
        if (target == null || !isType(target, SchemaType.STRING)) {
            return;
        }
        if (target.getMaxLength() != null) {
            schema.setMaxLength(target.getMaxLength());
        } else if (target.getEnumeration() != null) {
            schema.setMaxLength(target.getEnumeration().stream().filter(Objects::nonNull)
                    .mapToInt(value -> value.toString().length()).max().orElse(0));
        }
    }

    /**
     * The schema's one reference: beside its type, or in a composition (an allOf, or an anyOf with null for a
     * nullable property), which the writer turns into OpenAPI 3.0's {@code allOf} with {@code nullable}.
     */
    private static String referenceOf(Schema schema) {
        if (schema.getRef() != null) {
            return schema.getRef();
        }
        List<String> refs = Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                .flatMap(List::stream).map(Schema::getRef).filter(Objects::nonNull).toList();
        return refs.size() == 1 ? refs.get(0) : null;
    }

    private static void rangeOfJavaType(Schema schema) {
        if (!isType(schema, SchemaType.INTEGER)) {
            return;
        }
        boolean int32 = "int32".equals(schema.getFormat());
        if (schema.getMinimum() == null) {
            schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
        }
        if (schema.getMaximum() == null) {
            schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
        }
    }

    /** Component schemas a request can carry: those referenced, directly or not, from parameters and bodies. */
    private static Set<String> requestSchemaNames(OpenAPI openAPI, Map<String, Schema> components) {
        Set<String> names = new HashSet<>();
        operations(openAPI).forEach(operation -> requestSchemas(operation)
                .forEach(schema -> collectReferences(schema, components, names)));
        return names;
    }

    private static void collectReferences(Schema root, Map<String, Schema> components, Set<String> names) {
        walk(root, schema -> {
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(SCHEMA_REF_PREFIX)) {
                String name = ref.substring(SCHEMA_REF_PREFIX.length());
                if (names.add(name) && components.containsKey(name)) {
                    collectReferences(components.get(name), components, names);
                }
            }
        });
    }

    private static List<Operation> operations(OpenAPI openAPI) {
        List<Operation> operations = new ArrayList<>();
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values()
                    .forEach(item -> operations.addAll(item.getOperations().values()));
        }
        return operations;
    }

    private static List<Schema> requestSchemas(Operation operation) {
        List<Schema> schemas = new ArrayList<>();
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> {
                if (parameter.getSchema() != null) {
                    schemas.add(parameter.getSchema());
                }
            });
        }
        if (operation.getRequestBody() != null) {
            schemas.addAll(contentSchemas(operation.getRequestBody().getContent()));
        }
        return schemas;
    }

    private static List<Schema> inlineSchemas(Operation operation) {
        List<Schema> schemas = requestSchemas(operation);
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> {
                schemas.addAll(contentSchemas(response.getContent()));
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(header -> {
                        if (header.getSchema() != null) {
                            schemas.add(header.getSchema());
                        }
                    });
                }
            });
        }
        return schemas;
    }

    private static List<Schema> contentSchemas(Content content) {
        List<Schema> schemas = new ArrayList<>();
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(mediaType -> {
                if (mediaType.getSchema() != null) {
                    schemas.add(mediaType.getSchema());
                }
            });
        }
        return schemas;
    }

    /** Visits the schema and every schema inside it: properties, items, compositions, additional properties. */
    private static void walk(Schema schema, Consumer<Schema> visit) {
        if (schema == null) {
            return;
        }
        visit.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> walk(property, visit));
        }
        walk(schema.getItems(), visit);
        walk(schema.getAdditionalPropertiesSchema(), visit);
        walk(schema.getNot(), visit);
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                .forEach(parts -> parts.forEach(part -> walk(part, visit)));
    }

    private static boolean isType(Schema schema, SchemaType type) {
        return schema.getType() != null && schema.getType().contains(type);
    }
}
