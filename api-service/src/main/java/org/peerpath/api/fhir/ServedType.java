package org.peerpath.api.fhir;

import java.util.List;

/**
 * A FHIR resource type this server serves under {@code /fhir/r4}. A feature declares each type it serves once, as a
 * CDI bean; the CapabilityStatement is derived from the registered beans ({@link FhirTypes}), so {@code metadata}
 * lists exactly what is served. Types about a person implement {@link DisclosedType}, which adds how they are read.
 */
public interface ServedType {

    /** The FHIR type name, e.g. {@code Goal}. */
    String fhirType();

    /** What the type holds here, for the CapabilityStatement. */
    String documentation();

    /** The search parameters, in the order the CapabilityStatement lists them; empty when the type is read only. */
    default List<SearchParam> searchParams() {
        return List.of();
    }

    /** Whether the type has the search-type interaction (a read-only type has none). */
    default boolean searchable() {
        return !searchParams().isEmpty();
    }

    /** Profiles (canonical URLs) the resources conform to, beyond the base one, for {@code supportedProfile}. */
    default List<String> supportedProfiles() {
        return List.of();
    }

    /** Search parameters a client may name in {@code _include} ({@code Type:param}), none by default. */
    default List<String> includes() {
        return List.of();
    }
}
