package org.peerpath.api.relapseplan;

import org.peerpath.api.audit.AuditResourceType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.common.http.Versioned;
import org.peerpath.api.common.idempotency.IdempotentRequests;
import org.peerpath.api.common.idempotency.Outcome;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.curriculum.CurriculumReferences;
import org.peerpath.api.curriculum.UnverifiedReferenceRepository;
import org.peerpath.api.peer.Peer;
import org.peerpath.api.peer.PeerAccess;
import org.peerpath.api.peer.PeerAccess.Need;
import org.peerpath.api.peer.PeerStatus;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.http.EntityTags;
import org.peerpath.common.paging.Cursor;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;
import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.ProblemType;

/**
 * A peer's relapse-prevention plan: written by the peer's coaches (with the person), read by them, supervisors and
 * the person themself; every save is a new version and earlier ones stay readable. Checked by {@link PeerAccess},
 * audited.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    /** The owner type under which unconfirmed technique references are kept for a later check. */
    static final String REFERENCE_OWNER = "RELAPSE_PREVENTION_PLAN_VERSION";

    @Inject
    CurrentActor currentActor;

    @Inject
    PeerAccess access;

    @Inject
    RelapsePlanRepository plans;

    @Inject
    RelapsePlanVersionRepository versions;

    @Inject
    CrisisContacts crisisContacts;

    @Inject
    CurriculumReferences curriculum;

    @Inject
    UnverifiedReferenceRepository unverified;

    @Inject
    AuditLog audit;

    @Inject
    IdempotentRequests idempotent;

    public Outcome<PlanResponse> create(UUID peerId, SavePlanRequest request, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "createRelapsePlan " + peerId,
                request, PlanResponse.class, () -> {
                    Peer peer = access.require(actor, peerId, Need.WRITE_CARE, true, AuditAction.CREATE,
                            AuditResourceType.RELAPSE_PREVENTION_PLAN, peerId);
                    requireOpen(peer);
                    if (plans.forPeer(actor.organization(), peer.id, false).isPresent()) {
                        throw new ProblemException(ProblemType.CONFLICT, "The peer has a plan already; change it "
                                + "with PUT and its ETag in If-Match.");
                    }
                    Instant now = Now.instant();
                    RelapsePlan plan = new RelapsePlan();
                    plan.id = UUID.randomUUID();
                    plan.organizationId = actor.organization();
                    plan.peerId = peer.id;
                    plan.currentVersion = 1;
                    plan.createdBy = actor.subject();
                    plan.createdAt = now;
                    plan.updatedAt = now;
                    plans.persist(plan);
                    RelapsePlanVersion version = write(actor, plan, request, now);
                    plans.flush();
                    audit.success(actor, AuditAction.CREATE, AuditResourceType.RELAPSE_PREVENTION_PLAN, plan.id, peer.id);
                    return Outcome.created(response(actor, plan, version),
                            "v1/peers/" + peer.id + "/relapse-prevention-plan", etag(plan));
                });
    }

    public Versioned<PlanResponse> update(UUID peerId, SavePlanRequest request, String ifMatch) {
        Actor actor = currentActor.get();
        Peer peer = access.require(actor, peerId, Need.WRITE_CARE, true, AuditAction.UPDATE, AuditResourceType.RELAPSE_PREVENTION_PLAN,
                peerId);
        RelapsePlan plan = plans.forPeer(actor.organization(), peer.id, true)
                .orElseThrow(() -> new NotFoundProblem("relapse-prevention plan for peer", peerId));
        EntityTags.requireMatch(ifMatch, etag(plan));
        requireOpen(peer);
        Instant now = Now.instant();
        plan.currentVersion++;
        plan.updatedAt = now;
        RelapsePlanVersion version = write(actor, plan, request, now);
        plans.flush();
        audit.success(actor, AuditAction.UPDATE, AuditResourceType.RELAPSE_PREVENTION_PLAN, plan.id, peer.id);
        return new Versioned<>(response(actor, plan, version), plan.currentVersion);
    }

    public Versioned<PlanResponse> current(UUID peerId) {
        Actor actor = currentActor.get();
        Peer peer = access.require(actor, peerId, Need.READ_SHARED_WITH_PARTICIPANT, false, AuditAction.READ,
                AuditResourceType.RELAPSE_PREVENTION_PLAN, peerId);
        RelapsePlan plan = plans.forPeer(actor.organization(), peer.id, false)
                .orElseThrow(() -> new NotFoundProblem("relapse-prevention plan for peer", peerId));
        RelapsePlanVersion version = versions.find(actor.organization(), plan.id, plan.currentVersion).orElseThrow();
        audit.success(actor, AuditAction.READ, AuditResourceType.RELAPSE_PREVENTION_PLAN, plan.id, peer.id);
        return new Versioned<>(response(actor, plan, version), plan.currentVersion);
    }

    public PlanResponse version(UUID peerId, int number) {
        Actor actor = currentActor.get();
        Peer peer = access.require(actor, peerId, Need.READ_SHARED_WITH_PARTICIPANT, false, AuditAction.READ,
                AuditResourceType.RELAPSE_PREVENTION_PLAN, peerId);
        RelapsePlan plan = plans.forPeer(actor.organization(), peer.id, false)
                .orElseThrow(() -> new NotFoundProblem("relapse-prevention plan for peer", peerId));
        RelapsePlanVersion version = versions.find(actor.organization(), plan.id, number)
                .orElseThrow(() -> new NotFoundProblem("plan version", number));
        audit.success(actor, AuditAction.READ, AuditResourceType.RELAPSE_PREVENTION_PLAN, plan.id, peer.id);
        return response(actor, plan, version);
    }

    public Page<PlanResponse> history(UUID peerId, PageRequest page) {
        Actor actor = currentActor.get();
        Peer peer = access.require(actor, peerId, Need.READ_SHARED_WITH_PARTICIPANT, false, AuditAction.LIST,
                AuditResourceType.RELAPSE_PREVENTION_PLAN, peerId);
        RelapsePlan plan = plans.forPeer(actor.organization(), peer.id, false)
                .orElseThrow(() -> new NotFoundProblem("relapse-prevention plan for peer", peerId));
        Integer before = null;
        if (!page.isFirst()) {
            try {
                before = Integer.valueOf(Cursor.decode(page.cursor, 1).get(0));
            } catch (NumberFormatException notOurs) {
                throw ProblemException.invalidField("cursor", "is not a cursor issued by this list; start again "
                        + "without it");
            }
        }
        List<RelapsePlanVersion> rows = versions.page(actor.organization(), plan.id, before, page.limit + 1);
        Page<PlanResponse> result = PagedResponses.page(rows, page.limit, v -> Cursor.encode(Integer.toString(v.number)),
                v -> response(actor, plan, v));
        audit.listed(actor, AuditAction.LIST, AuditResourceType.RELAPSE_PREVENTION_PLAN, Collections.nCopies(result.items().size(), plan.id),
                Collections.nCopies(result.items().size(), peer.id));
        return result;
    }

    private RelapsePlanVersion write(Actor actor, RelapsePlan plan, SavePlanRequest request, Instant now) {
        PlanContent content = request.content();
        requireCrisisContacts(actor, plan.peerId, content.whomToCall());
        RelapsePlanVersion version = new RelapsePlanVersion();
        version.id = UUID.randomUUID();
        version.organizationId = actor.organization();
        version.planId = plan.id;
        version.peerId = plan.peerId;
        version.number = plan.currentVersion;
        version.content = content;
        version.reviewDate = request.reviewDate();
        version.changeNote = request.changeNote() == null || request.changeNote().isBlank() ? null
                : request.changeNote().strip();
        version.writtenBy = actor.subject();
        version.writtenByStaff = actor.staffId().orElse(null);
        version.writtenByName = actor.name() == null ? actor.subject() : actor.name();
        version.writtenAt = now;
        versions.persist(version);
        List<String> slugs = content.copingStrategies().stream().map(CopingStrategy::techniqueSlug)
                .filter(s -> s != null).distinct().toList();
        if (!slugs.isEmpty()) {
            curriculum.check(actor.organization(), "copingStrategies", slugs, REFERENCE_OWNER, version.id);
        }
        return version;
    }

    /** Every entry must be a crisis contact of the peer's network plan, once, when network plans can be checked. */
    private void requireCrisisContacts(Actor actor, UUID peerId, List<CallEntry> entries) {
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        Map<UUID, CrisisContact> contacts = crisisContacts.available()
                ? crisisContacts.of(actor.organization(), peerId) : null;
        for (int i = 0; i < entries.size(); i++) {
            UUID member = entries.get(i).networkMemberId();
            if (!seen.add(member)) {
                errors.add(new FieldError("whomToCall[" + i + "].networkMemberId", "is listed twice"));
            } else if (contacts != null && !contacts.containsKey(member)) {
                errors.add(new FieldError("whomToCall[" + i + "].networkMemberId",
                        "is not a crisis contact of the peer's network plan"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Whom to call must name crisis contacts of the "
                    + "peer's network plan.", errors);
        }
    }

    private PlanResponse response(Actor actor, RelapsePlan plan, RelapsePlanVersion version) {
        PlanContent content = version.content;
        Map<UUID, CrisisContact> contacts = crisisContacts.available()
                ? crisisContacts.of(actor.organization(), plan.peerId) : null;
        List<CallEntryResponse> calls = new ArrayList<>();
        for (int i = 0; i < content.whomToCall().size(); i++) {
            CallEntry entry = content.whomToCall().get(i);
            CrisisContact contact = contacts == null ? null : contacts.get(entry.networkMemberId());
            CallEntryResponse.Resolution resolution = contacts == null ? CallEntryResponse.Resolution.UNRESOLVED
                    : contact == null ? CallEntryResponse.Resolution.NOT_A_CRISIS_CONTACT
                    : CallEntryResponse.Resolution.CURRENT;
            calls.add(new CallEntryResponse(i + 1, entry.networkMemberId(), entry.note(), resolution,
                    contact == null ? null : contact.name(), contact == null ? null : contact.relationship(),
                    contact == null ? null : contact.phone(), contact == null ? null : contact.availability()));
        }
        Set<String> pending = content.copingStrategies().stream().anyMatch(c -> c.techniqueSlug() != null)
                ? new HashSet<>(unverified.refsOf(actor.organization(), REFERENCE_OWNER, version.id)) : Set.of();
        List<CopingStrategyResponse> coping = content.copingStrategies().stream()
                .map(c -> new CopingStrategyResponse(c.description(), c.techniqueSlug(),
                        c.techniqueSlug() != null && !pending.contains(c.techniqueSlug())))
                .toList();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new PlanResponse(plan.id, plan.peerId, version.number, plan.currentVersion, content.warningSigns(),
                content.highRiskSituations(), content.triggers(), coping, content.reasonsForRecovery(), calls,
                content.professionalContacts(), content.crisisLines(), version.reviewDate,
                version.reviewDate != null && !version.reviewDate.isAfter(today), version.changeNote,
                version.writtenByName, version.writtenAt);
    }

    private static void requireOpen(Peer peer) {
        if (peer.status == PeerStatus.CONCLUDED) {
            throw new ProblemException(ProblemType.CONFLICT, "The peer's participation was concluded; the record is "
                    + "kept as it was.");
        }
    }

    static String etag(RelapsePlan plan) {
        return Versioned.etag(plan.currentVersion);
    }
}
