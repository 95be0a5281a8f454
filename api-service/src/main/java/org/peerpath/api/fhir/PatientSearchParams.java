package org.peerpath.api.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The search parameters every patient-scoped FHIR search takes ({@code @BeanParam}): the patient, when the resource
 * last changed, and paging. Searches that also filter by {@code date} add that parameter themselves.
 */
public class PatientSearchParams {

    public static final String LAST_UPDATED_DOC = "When the resource last changed: a FHIR dateTime with an optional prefix "
            + "(eq, ge, gt, le, lt); repeat for a range.";
    public static final String COUNT_DOC = "Entries per page, 1 to 100 (default 20).";
    public static final String CURSOR_DOC = "Where the page continues: use the Bundle's `next` link as it is.";

    @QueryParam("patient")
    @Size(max = 100)
    @Parameter(description = "The person: `<id>` or `Patient/<id>`.")
    public String patient;

    @QueryParam("_lastUpdated")
    @Size(max = 2)
    @Parameter(description = LAST_UPDATED_DOC)
    public List<@Size(max = 40) String> lastUpdated;

    @QueryParam("_count")
    @Parameter(description = COUNT_DOC, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
            maximum = "100"))
    public Integer count;

    @QueryParam("_cursor")
    @Size(max = 1000)
    @Parameter(description = CURSOR_DOC)
    public String cursor;

    /** The search, with {@code date} conditions when the resource is searched by date too. */
    public FhirSearch toSearch(List<String> date) {
        Map<String, List<String>> params = new HashMap<>();
        if (patient != null && !patient.isBlank()) {
            params.put("patient", List.of(patient));
        }
        if (date != null) {
            params.put("date", date);
        }
        if (lastUpdated != null) {
            params.put(SearchParam.LAST_UPDATED, lastUpdated);
        }
        return new FhirSearch(params, count, cursor);
    }
}
