package org.peerpath.api.relapseplan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.CarePlan;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.consent.ConsentScope;
import org.peerpath.api.fhir.DeclaredType;
import org.peerpath.api.fhir.SearchParam;
import org.peerpath.api.fhir.SourceQuery;

/** The relapse-prevention plan's current version as a FHIR CarePlan ({@link PlanFhir}), under a PLANS consent. */
@ApplicationScoped
public class CarePlanType extends DeclaredType<RelapsePlan> {

    static final SourceQuery QUERY = SourceQuery.of("relapse_prevention_plan", "r");

    @Inject
    RelapsePlanVersionRepository versions;

    public CarePlanType() {
        super("CarePlan", "The person's relapse-prevention plan, current version; search requires patient. "
                + "Needs a consent "
                + "covering plans",
                ConsentScope.PLANS, RelapsePlan.class, QUERY, AuditResourceType.RELAPSE_PREVENTION_PLAN,
                r -> r.peerId, r -> r.id, r -> r.createdAt);
    }

    @Override
    public String practitionerColumn() {
        return "(select v.written_by_staff from relapse_prevention_plan_version v where v.plan_id = r.id "
                + "and v.number = r.current_version)";
    }

    @Override
    public List<String> supportedProfiles() {
        return List.of("http://hl7.org/fhir/us/core/StructureDefinition/us-core-careplan");
    }

    @Override
    public List<SearchParam> searchParams() {
        return List.of(SearchParam.patient(QUERY, "The person whose plan it is (required)", true));
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
