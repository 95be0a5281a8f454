package org.peerpath.api.fhir;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one FHIR search: the values of each search parameter by name (as {@link SearchParam} declares
 * them), the page size and where the page continues.
 *
 * @param params values by parameter name; a parameter given several times has several values
 * @param count  {@code _count}, or null for the default
 * @param cursor {@code _cursor}: where a page continues, from a {@code next} link
 */
public record FhirSearch(Map<String, List<String>> params, Integer count, String cursor) {

    public static final int DEFAULT_COUNT = 20;
    public static final int MAX_COUNT = 100;

    public FhirSearch {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (values != null && !values.isEmpty()) {
                kept.put(name, List.copyOf(values));
            }
        });
        params = Map.copyOf(kept);
    }

    /** A search by one parameter (absent when {@code value} is null or blank). */
    public static FhirSearch of(String name, String value, Integer count, String cursor) {
        return new FhirSearch(value == null || value.isBlank() ? Map.of() : Map.of(name, List.of(value)), count,
                cursor);
    }

    /** The values given for {@code name}, empty when it was not given. */
    public List<String> values(String name) {
        return params.getOrDefault(name, List.of());
    }

    public int pageSize() {
        if (count == null) {
            return DEFAULT_COUNT;
        }
        if (count < 1) {
            throw FhirException.invalidParameter("_count", "must be at least 1");
        }
        return Math.min(count, MAX_COUNT);
    }
}
