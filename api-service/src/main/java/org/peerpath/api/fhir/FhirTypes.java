package org.peerpath.api.fhir;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The registry of the resource types features serve: every {@link ServedType} bean, by FHIR type name. FHIR read
 * and search, bulk export's {@code _type} and the CapabilityStatement all ask it, so a type is served everywhere
 * once it is registered, and nowhere else.
 */
@ApplicationScoped
public class FhirTypes {

    /** The order the CapabilityStatement lists types in: the person first, then their records, the rest by name. */
    private static final List<String> FIRST = List.of("Patient", "Encounter", "DocumentReference", "Goal", "CareTeam");

    @Inject
    @Any
    Instance<ServedType> beans;

    private Map<String, ServedType> byName;

    @PostConstruct
    void collect() {
        Map<String, ServedType> collected = new LinkedHashMap<>();
        beans.stream().sorted(Comparator.comparingInt((ServedType type) -> {
            int index = FIRST.indexOf(type.fhirType());
            return index < 0 ? FIRST.size() : index;
        }).thenComparing(ServedType::fhirType)).forEach(type -> {
            if (collected.putIfAbsent(type.fhirType(), type) != null) {
                throw new IllegalStateException("Two beans serve FHIR " + type.fhirType());
            }
        });
        byName = collected;
    }

    /** Every served type, in CapabilityStatement order. */
    public List<ServedType> all() {
        return List.copyOf(byName.values());
    }

    /** The disclosed types bulk export offers, in the same order. */
    public List<DisclosedType<?>> exported() {
        return byName.values().stream().filter(type -> type instanceof DisclosedType<?> disclosed
                && disclosed.exported()).<DisclosedType<?>>map(type -> (DisclosedType<?>) type).toList();
    }

    /** The disclosed type named {@code fhirType}; a 404 for a type not served or not about a person. */
    public DisclosedType<?> disclosed(String fhirType) {
        if (byName.get(fhirType) instanceof DisclosedType<?> disclosed) {
            return disclosed;
        }
        throw FhirException.notFound("resource type", fhirType);
    }
}
