package org.peerpath.api.fhir;

import java.util.List;

/**
 * The parameters of a FHIR search this server supports.
 *
 * @param patient     {@code patient} (an id or {@code Patient/<id>}), or null
 * @param date        {@code date} values
 * @param lastUpdated {@code _lastUpdated} values
 * @param count       {@code _count}, or null for the default
 * @param cursor      {@code _cursor}: where a page continues, from a {@code next} link
 * @param ids         {@code _id} values
 */
public record FhirSearch(String patient, List<String> date, List<String> lastUpdated, Integer count, String cursor,
        List<String> ids) {

    public static final int DEFAULT_COUNT = 20;
    public static final int MAX_COUNT = 100;

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
