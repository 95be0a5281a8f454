package org.peerpath.api.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.fhir.DeclaredType;
import org.peerpath.api.fhir.SearchParam;
import org.peerpath.api.fhir.SourceQuery;

/**
 * What the two disclosed assessment types share: the assessments table, newest first, under a consent covering
 * assessments, a required {@code patient}, and the instruments a page needs, read in one query.
 */
abstract class AssessmentType extends DeclaredType<Assessment> {

    static final SourceQuery ALL = SourceQuery.of("assessment", "a").orderedBy("a.administered_at", true)
            .updatedAt("a.created_at");

    @Inject
    InstrumentRepository instruments;

    AssessmentType(String fhirType, String documentation, SourceQuery query) {
        super(fhirType, documentation, AssessmentConsent.SCOPE, Assessment.class, query, AuditResourceType.ASSESSMENT,
                a -> a.peerId, a -> a.id, a -> a.administeredAt);
    }

    /** The canonical definition of this type's {@code patient} parameter. */
    abstract String patientDefinition();

    /** One assessment as this type's resource. */
    abstract org.hl7.fhir.r4.model.Resource map(Assessment assessment, Instrument instrument);

    @Override
    public List<SearchParam> searchParams() {
        return List.of(SearchParam.patient(query(), "The person who was assessed (required)", true)
                .definedBy(patientDefinition()));
    }

    @Override
    public List<org.hl7.fhir.r4.model.Resource> toFhir(List<Assessment> rows) {
        List<UUID> ids = rows.stream().map(a -> a.instrumentId).distinct().toList();
        Map<UUID, Instrument> byId = ids.isEmpty() ? Map.of() : instruments.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(instrument -> instrument.id, Function.identity()));
        return rows.stream().map(a -> map(a, byId.get(a.instrumentId))).toList();
    }
}
