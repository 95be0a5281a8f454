package org.peerpath.api.fhir;

import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

/**
 * A search parameter of a {@link ServedType}: how the CapabilityStatement declares it and how {@link FhirReader}
 * applies it to the type's {@link SourceQuery}.
 *
 * @param name          the parameter's name, e.g. {@code patient}
 * @param type          its FHIR search type
 * @param definition    the canonical SearchParameter it implements
 * @param documentation what it matches here
 * @param column        the SQL column it filters (over the query's alias): the peer for {@code patient}, the row's
 *                      id for {@code _id}, the instant compared for date parameters
 * @param required      whether a search without it is refused (400 naming it)
 */
public record SearchParam(String name, SearchParamType type, String definition, String documentation, String column,
        boolean required) {

    public static final String LAST_UPDATED = "_lastUpdated";

    /** {@code patient}: the person the resources are about; filters the query's peer column. */
    public static SearchParam patient(SourceQuery query, String documentation, boolean required) {
        return new SearchParam("patient", SearchParamType.REFERENCE,
                "http://hl7.org/fhir/SearchParameter/clinical-patient", documentation, query.peerColumn(), required);
    }

    /** {@code _lastUpdated}: when the record last changed; filters the query's updated column. */
    public static SearchParam lastUpdated(SourceQuery query) {
        return new SearchParam(LAST_UPDATED, SearchParamType.DATE,
                "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated", "When the record last changed",
                query.updatedColumn(), false);
    }

    /** {@code _id}: logical ids, several comma-separated. */
    public static SearchParam id(SourceQuery query) {
        return new SearchParam("_id", SearchParamType.TOKEN, "http://hl7.org/fhir/SearchParameter/Resource-id",
                "Logical id; several may be given, comma-separated", query.idColumn(), false);
    }

    /** A date parameter over {@code column}, with the prefixes eq, ge, gt, le, lt. */
    public static SearchParam date(String name, String definition, String documentation, String column) {
        return new SearchParam(name, SearchParamType.DATE, definition, documentation, column, false);
    }

    /** The same parameter with another canonical definition (e.g. a resource-specific {@code patient}). */
    public SearchParam definedBy(String canonical) {
        return new SearchParam(name, type, canonical, documentation, column, required);
    }
}
