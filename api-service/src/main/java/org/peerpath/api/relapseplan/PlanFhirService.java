package org.peerpath.api.relapseplan;

import org.peerpath.api.audit.AuditResourceType;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import jakarta.ws.rs.core.UriBuilder;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.peerpath.api.assessment.FhirBundles;
import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.consent.ConsentGate;
import org.peerpath.api.consent.ConsentGrant;
import org.peerpath.api.consent.ConsentScope;
import org.peerpath.api.disclosure.DisclosureChannel;
import org.peerpath.api.disclosure.Disclosures;
import org.peerpath.api.fhir.FhirException;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;

/** The relapse-prevention plan for EHR clients, under a consent covering the person's plans; disclosed and audited. */
@ApplicationScoped
@Transactional
public class PlanFhirService {

    @Inject
    CurrentActor currentActor;

    @Inject
    ConsentGate gate;

    @Inject
    Disclosures disclosures;

    @Inject
    AuditLog audit;

    @Inject
    RelapsePlanRepository plans;

    @Inject
    RelapsePlanVersionRepository versions;

    public CarePlan carePlan(String id) {
        Actor actor = currentActor.get();
        UUID planId = uuid(id);
        RelapsePlan plan = planId == null ? null
                : plans.find("organizationId = ?1 and id = ?2", actor.organization(), planId).firstResult();
        ConsentGrant grant = plan == null ? null : gate.grant(actor, plan.peerId, ConsentScope.PLANS).orElse(null);
        if (grant == null) {
            audit.denied(actor, AuditAction.READ, AuditResourceType.RELAPSE_PREVENTION_PLAN, planId, null);
            throw FhirException.notFound("CarePlan", id);
        }
        RelapsePlanVersion version = versions.find(actor.organization(), plan.id, plan.currentVersion).orElseThrow();
        disclosures.record(actor, grant.consent(), DisclosureChannel.FHIR, "1 CarePlan resource (FHIR)",
                List.of("CarePlan/" + plan.id));
        audit.success(actor, AuditAction.READ, AuditResourceType.RELAPSE_PREVENTION_PLAN, plan.id, plan.peerId);
        return PlanFhir.carePlan(plan, version);
    }

    /** The person's plan (at most one), if a consent naming the client covers their plans; else an empty Bundle. */
    public Bundle search(String patient, UriBuilder self, String base) {
        Actor actor = currentActor.get();
        UUID peerId = FhirBundles.patient(patient);
        ConsentGrant grant = peerId == null ? null : gate.grant(actor, peerId, ConsentScope.PLANS).orElse(null);
        RelapsePlan plan = grant == null ? null : plans.forPeer(actor.organization(), peerId, false).orElse(null);
        if (plan == null) {
            return FhirBundles.searchset(List.of(), null, self, base);
        }
        RelapsePlanVersion version = versions.find(actor.organization(), plan.id, plan.currentVersion).orElseThrow();
        disclosures.record(actor, grant.consent(), DisclosureChannel.FHIR, "1 CarePlan resource (FHIR)",
                List.of("CarePlan/" + plan.id));
        audit.success(actor, AuditAction.SEARCH, AuditResourceType.RELAPSE_PREVENTION_PLAN, plan.id, plan.peerId);
        return FhirBundles.searchset(List.of(PlanFhir.carePlan(plan, version)), null, self, base);
    }

    private static UUID uuid(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
