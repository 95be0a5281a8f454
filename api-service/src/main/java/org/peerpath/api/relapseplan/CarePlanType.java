package org.peerpath.api.relapseplan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.CarePlan;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.consent.ConsentScope;
import org.peerpath.api.fhir.DisclosedType;
import org.peerpath.api.fhir.SearchParam;
import org.peerpath.api.fhir.SourceQuery;

/** The relapse-prevention plan's current version as a FHIR CarePlan ({@link PlanFhir}), under a PLANS consent. */
@ApplicationScoped
public class CarePlanType implements DisclosedType<RelapsePlan> {

    static final SourceQuery QUERY = SourceQuery.of("relapse_prevention_plan", "r");

    @Inject
    RelapsePlanVersionRepository versions;

    @Override
    public String fhirType() {
        return "CarePlan";
    }

    @Override
    public String documentation() {
        return "The person's relapse-prevention plan, current version; search requires patient. Needs a consent "
                + "covering plans";
    }

    @Override
    public List<String> supportedProfiles() {
        return List.of("http://hl7.org/fhir/us/core/StructureDefinition/us-core-careplan");
    }

    @Override
    public List<SearchParam> searchParams() {
        return List.of(SearchParam.patient(QUERY, "The person whose plan it is (required)", true));
    }

    @Override
    public ConsentScope scope() {
        return ConsentScope.PLANS;
    }

    @Override
    public Class<RelapsePlan> entity() {
        return RelapsePlan.class;
    }

    @Override
    public SourceQuery query() {
        return QUERY;
    }

    @Override
    public String practitionerColumn() {
        return "(select v.written_by_staff from relapse_prevention_plan_version v where v.plan_id = r.id "
                + "and v.number = r.current_version)";
    }

    @Override
    public AuditResourceType auditType() {
        return AuditResourceType.RELAPSE_PREVENTION_PLAN;
    }

    @Override
    public UUID peerOf(RelapsePlan row) {
        return row.peerId;
    }

    @Override
    public UUID idOf(RelapsePlan row) {
        return row.id;
    }

    @Override
    public Instant orderOf(RelapsePlan row) {
        return row.createdAt;
    }

    /** The plans with their current versions (one query); a plan without one is left out. */
    @Override
    public List<CarePlan> toFhir(List<RelapsePlan> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, RelapsePlanVersion> current = versions.currentOf(rows.get(0).organizationId,
                rows.stream().map(plan -> plan.id).toList());
        return rows.stream().filter(plan -> current.containsKey(plan.id))
                .map(plan -> PlanFhir.carePlan(plan, current.get(plan.id))).toList();
    }
}
