package org.peerpath.common.testing.hostile;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether the document allows a parameter value. A value it allows is a legitimate request (a search for odd text
 * that finds nothing), which may be answered; one it forbids must be refused.
 */
final class ParameterValues {

    private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private ParameterValues() {
    }

    /** {@code encoded} as it goes in the URL; an empty value counts as absent, as JAX-RS reads it. */
    static boolean allowed(ApiOperation.Parameter parameter, String encoded) {
        String value;
        try {
            value = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException undecodable) {
            return false;
        }
        if (value.isEmpty()) {
            return !parameter.required();
        }
        JsonNode schema = parameter.schema();
        return allowed(schema.path("type").asText("string").equals("array") ? schema.path("items") : schema, value);
    }

    /** Whether the schema takes this text as a value (of a string, or as the text of a number). */
    static boolean allowed(JsonNode schema, String value) {
        if (schema.has("enum")) {
            for (JsonNode allowed : schema.get("enum")) {
                if (allowed.asText().equals(value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (schema.path("type").asText("string")) {
            case "integer" -> number(schema, value, true);
            case "number" -> number(schema, value, false);
            case "boolean" -> value.equals("true") || value.equals("false");
            default -> text(schema, value);
        };
    }

    private static boolean number(JsonNode schema, String value, boolean integer) {
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException notANumber) {
            return false;
        }
        if (integer && (number.stripTrailingZeros().scale() > 0 || !value.matches("-?\\d+"))) {
            return false;
        }
        boolean int32 = "int32".equals(schema.path("format").asText());
        if (int32 && (number.compareTo(INT32_MIN) < 0 || number.compareTo(INT32_MAX) > 0)) {
            return false;
        }
        if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0) {
            return false;
        }
        return !schema.has("maximum") || number.compareTo(schema.get("maximum").decimalValue()) <= 0;
    }

    private static boolean text(JsonNode schema, String value) {
        if (schema.has("maxLength") && value.length() > schema.get("maxLength").asInt()) {
            return false;
        }
        if (schema.has("minLength") && value.length() < schema.get("minLength").asInt()) {
            return false;
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value).find()) {
            return false;
        }
        try {
            switch (schema.path("format").asText("")) {
                case "uuid" -> UUID.fromString(value);
                case "date" -> LocalDate.parse(value);
                case "date-time" -> OffsetDateTime.parse(value);
                default -> {
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException notOfTheFormat) {
            return false;
        }
        return true;
    }
}
