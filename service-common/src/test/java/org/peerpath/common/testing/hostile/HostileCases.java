package org.peerpath.common.testing.hostile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generates the hostile requests for one operation from its OpenAPI description: bad path, query and header values,
 * and bodies that are missing, of the wrong shape, malformed, too deep, too big, badly encoded or of the wrong media
 * type, and that carry a wrong value in one field of an otherwise well-formed body.
 */
final class HostileCases {

    static final int HUGE_STRING = 100_000;
    static final int HUGE_ARRAY = 10_000;
    static final int DEEP_NESTING = 10_000;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** Injection strings, percent-encoded for a URL. */
    private static final Map<String, String> INJECTIONS = ordered(
            "SQL injection", "%27%20OR%201%3D1--",
            "HTML injection", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "path traversal", "..%2F..%2F..%2Fetc%2Fpasswd",
            "encoded dots", "%2e%2e%2f%2e%2e%2f",
            "invalid UTF-8", "%C3%28%FF",
            "NUL byte", "%00");

    /** Values that are not what any typed parameter takes, percent-encoded for a URL. */
    private static final Map<String, String> WRONG_VALUES = ordered(
            "not an id", "not-an-id",
            "negative number", "-1",
            "number too big", "99999999999999999999",
            "overlong value", "a".repeat(1_000));

    private static final List<String> SQL_AND_HTML = List.of("' OR 1=1--", "<script>alert(1)</script>",
            "../../../etc/passwd");

    private final ApiOperation operation;
    private final Function<String, String> pathValues;

    /** {@code pathValues} gives a well-formed value for a path parameter by name (null: derived from the schema). */
    HostileCases(ApiOperation operation, Function<String, String> pathValues) {
        this.operation = operation;
        this.pathValues = pathValues;
    }

    List<HostileRequest> all() {
        List<HostileRequest> cases = new ArrayList<>();
        pathCases(cases);
        queryCases(cases);
        headerCases(cases);
        if (operation.readsBody()) {
            bodyCases(cases);
            propertyCases(cases);
        }
        return cases;
    }

    private void pathCases(List<HostileRequest> cases) {
        for (ApiOperation.Parameter parameter : operation.in("path")) {
            Map<String, String> values = new LinkedHashMap<>(WRONG_VALUES);
            values.putAll(INJECTIONS);
            values.forEach((what, value) -> cases.add(request("path " + parameter.name() + ": " + what,
                    path(Map.of(parameter.name(), value)) + query(Map.of()), headers(), baseContentType(),
                    baseBody(), false)));
            cases.add(request("path " + parameter.name() + ": raw ../", path(Map.of(parameter.name(), "../../x"))
                    + query(Map.of()), headers(), baseContentType(), baseBody(), false));
        }
    }

    private void queryCases(List<HostileRequest> cases) {
        for (ApiOperation.Parameter parameter : operation.in("query")) {
            Map<String, String> values = new LinkedHashMap<>(WRONG_VALUES);
            values.putAll(INJECTIONS);
            values.put("empty value", "");
            values.forEach((what, value) -> {
                boolean allowed = ParameterValues.allowed(parameter, value);
                if (!allowed || reads()) {
                    cases.add(request("query " + parameter.name() + ": " + what,
                            path(Map.of()) + query(Map.of(parameter.name(), value)), headers(), baseContentType(),
                            baseBody(), allowed));
                }
            });
            if (parameter.required()) {
                Map<String, String> without = new LinkedHashMap<>();
                without.put(parameter.name(), null);
                cases.add(request("query " + parameter.name() + ": missing", path(Map.of()) + query(without),
                        headers(), baseContentType(), baseBody(), false));
            }
        }
    }

    private void headerCases(List<HostileRequest> cases) {
        for (ApiOperation.Parameter parameter : operation.in("header")) {
            Map<String, String> values = ordered("injection and unbalanced quote", "\"' OR 1=1--<script>",
                    "long value", "a".repeat(4_000));
            values.forEach((what, value) -> {
                boolean allowed = ParameterValues.allowed(parameter.schema(), value);
                // A value the document allows, on a call that writes, is a legitimate write: not sent.
                if (!allowed || reads()) {
                    Map<String, String> headers = headers();
                    headers.put(parameter.name(), value);
                    cases.add(request("header " + parameter.name() + ": " + what, path(Map.of()) + query(Map.of()),
                            headers, baseContentType(), baseBody(), reads()));
                }
            });
        }
    }

    /**
     * Reads answer odd values the document allows as usual (a search that finds nothing, a fresh ETag). A GET that
     * asks for asynchronous processing (a FHIR bulk export kick-off) starts a job, so it counts as a write.
     */
    private boolean reads() {
        return operation.method().equals("GET") && operation.in("header").stream()
                .noneMatch(parameter -> parameter.name().equals("Prefer") && parameter.required());
    }

    private void bodyCases(List<HostileRequest> cases) {
        String target = path(Map.of()) + query(Map.of());
        String json = operation.bodyMediaType();
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("no body", new byte[0]);
        bodies.put("null body", utf8("null"));
        bodies.put("array body", utf8("[]"));
        bodies.put("string body", utf8("\"' OR 1=1--\""));
        bodies.put("number body", utf8("42"));
        bodies.put("malformed JSON", utf8("{\"a\":"));
        bodies.put("unquoted keys", utf8("{a: 1}"));
        bodies.put("arrays nested " + DEEP_NESTING + " deep",
                utf8("[".repeat(DEEP_NESTING) + "]".repeat(DEEP_NESTING)));
        bodies.put("objects nested " + DEEP_NESTING + " deep",
                utf8("{\"a\":".repeat(DEEP_NESTING) + "1" + "}".repeat(DEEP_NESTING)));
        bodies.put("array of " + HUGE_ARRAY + " items", utf8("[" + "1,".repeat(HUGE_ARRAY) + "1]"));
        bodies.put("invalid UTF-8 in a string", withText("bad \u00c3\u0028 \u00ff\u00fe bytes"));
        // PostgreSQL text cannot hold NUL, so a NUL that slips through reaches the database as an error.
        bodies.put("NUL character in a string", withText("nul \\u0000 char"));
        bodies.put("body over the size limit", oversizedBody());
        bodies.forEach((what, body) -> cases.add(request("body: " + what, target, headers(), json, body, false)));

        byte[] wellFormed = json(baseline());
        for (String wrongType : List.of("text/plain", "application/xml", "application/octet-stream")) {
            if (!wrongType.equals(json)) {
                cases.add(request("content type " + wrongType, target, headers(), wrongType, wellFormed, false));
            }
        }
    }

    /** A well-formed body with one bad value: the wrong type, null for a required field, too long, too many. */
    private void propertyCases(List<HostileRequest> cases) {
        String target = path(Map.of()) + query(Map.of());
        operation.bodyProperties().forEach((name, schema) -> {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            values.put("wrong type", wrongType(schema));
            if (operation.requiredProperties().contains(name)) {
                values.put("null", JSON.nullNode());
            }
            String type = schema.path("type").asText("object");
            if (type.equals("string")) {
                values.put(HUGE_STRING + " characters", JSON.textNode("x".repeat(HUGE_STRING)));
                // Injection text the document allows is data (a name may hold an apostrophe); the rest must fail.
                SQL_AND_HTML.stream().filter(text -> !ParameterValues.allowed(schema, text))
                        .forEach(text -> values.put("injection " + text, JSON.textNode(text)));
            }
            if (type.equals("integer")) {
                values.put("number too big", JSON.numberNode(new java.math.BigInteger("99999999999999999999")));
            }
            if (type.equals("array")) {
                ArrayNode huge = JSON.arrayNode();
                JsonNode item = valid(schema.path("items"));
                // As many as fit well under the body size limit, so that the count is what gets refused.
                int count = Math.min(HUGE_ARRAY, 800_000 / (json(item).length + 1));
                for (int i = 0; i < count; i++) {
                    huge.add(item);
                }
                values.put(count + " items", huge);
            }
            values.forEach((what, value) -> {
                ObjectNode body = baseline();
                body.set(name, value);
                cases.add(request("field " + name + ": " + what, target, headers(), operation.bodyMediaType(),
                        json(body), false));
            });
        });
    }

    private HostileRequest request(String what, String target, Map<String, String> headers, String contentType,
            byte[] body, boolean mayBeAnswered) {
        return new HostileRequest(operation.id(), what, operation.method(), target, headers, contentType, body,
                mayBeAnswered);
    }

    private String baseContentType() {
        return operation.bodyMediaType();
    }

    private byte[] baseBody() {
        return operation.readsBody() ? json(baseline()) : null;
    }

    /**
     * The headers a well-formed call sends: a stale ETag for If-Match, so that a request that slipped past
     * validation still changes nothing, and the asynchronous preference the bulk export requires.
     */
    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (ApiOperation.Parameter parameter : operation.in("header")) {
            switch (parameter.name()) {
                case "If-Match" -> headers.put("If-Match", "\"stale-etag\"");
                case "Prefer" -> headers.put("Prefer", "respond-async");
                default -> {
                    if (parameter.required()) {
                        headers.put(parameter.name(), "probe");
                    }
                }
            }
        }
        return headers;
    }

    /** The path with well-formed values, but for the replaced ones (already encoded). */
    private String path(Map<String, String> replaced) {
        Matcher parameters = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            String name = parameters.group(1);
            String value = replaced.containsKey(name) ? replaced.get(name) : wellFormedPathValue(name);
            parameters.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameters.appendTail(path);
        return path.toString();
    }

    private String wellFormedPathValue(String name) {
        String given = pathValues.apply(name);
        if (given != null) {
            return given;
        }
        JsonNode schema = operation.in("path").stream().filter(parameter -> parameter.name().equals(name))
                .findFirst().orElseThrow().schema();
        return valid(schema).asText();
    }

    /** The required query parameters with well-formed values, but for the replaced ones (null: left out). */
    private String query(Map<String, String> replaced) {
        List<String> pairs = new ArrayList<>();
        for (ApiOperation.Parameter parameter : operation.in("query")) {
            if (replaced.containsKey(parameter.name())) {
                if (replaced.get(parameter.name()) != null) {
                    pairs.add(parameter.name() + "=" + replaced.get(parameter.name()));
                }
            } else if (parameter.required()) {
                pairs.add(parameter.name() + "=" + java.net.URLEncoder.encode(valid(parameter.schema()).asText(),
                        StandardCharsets.UTF_8));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** A body with a well-formed value for every required field. */
    private ObjectNode baseline() {
        ObjectNode body = JSON.objectNode();
        operation.requiredProperties().forEach(name -> {
            JsonNode schema = operation.bodyProperties().get(name);
            if (schema != null) {
                body.set(name, valid(schema));
            }
        });
        return body;
    }

    /** A value the schema takes, for the fields and parameters a case does not aim at. */
    static JsonNode valid(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String format = schema.path("format").asText("");
        return switch (schema.path("type").asText("string")) {
            case "integer", "number" -> JSON.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            case "boolean" -> JSON.booleanNode(true);
            case "array" -> JSON.arrayNode().add(valid(schema.path("items")));
            case "object" -> JSON.objectNode();
            default -> JSON.textNode(switch (format) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> LocalDate.now().toString();
                case "date-time" -> Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
                case "uri", "url" -> "https://example.org/probe";
                case "email" -> "probe@example.org";
                default -> "probe" + "e".repeat(Math.max(0, schema.path("minLength").asInt(0) - 5));
            });
        };
    }

    /** A value of another JSON type than the schema's, one Jackson will not coerce. */
    private static JsonNode wrongType(JsonNode schema) {
        return switch (schema.path("type").asText("object")) {
            case "integer", "number" -> JSON.textNode("not a number");
            case "boolean" -> JSON.textNode("maybe");
            case "array" -> JSON.objectNode().put("not", "a list");
            case "string" -> JSON.objectNode().put("not", "a string");
            default -> JSON.arrayNode();
        };
    }

    /** The baseline body with {@code latin1} (raw bytes, JSON escapes allowed) as the value of a text field. */
    private byte[] withText(String latin1) {
        String field = operation.bodyProperties().entrySet().stream()
                .filter(property -> "string".equals(property.getValue().path("type").asText()))
                .map(Map.Entry::getKey).findFirst().orElse("text");
        ObjectNode body = baseline();
        body.put(field, "MARKER");
        byte[] marked = json(body);
        String text = new String(marked, StandardCharsets.ISO_8859_1);
        return text.replace("MARKER", latin1).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A body of 1.5 MB, over the 1 MB every service allows. */
    private byte[] oversizedBody() {
        ObjectNode body = baseline();
        body.put("padding", "x".repeat(1_500_000));
        return json(body);
    }

    private static byte[] json(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
