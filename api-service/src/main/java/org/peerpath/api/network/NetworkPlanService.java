package org.peerpath.api.network;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.common.http.Versioned;
import org.peerpath.api.common.idempotency.IdempotentRequests;
import org.peerpath.api.common.idempotency.Outcome;
import org.peerpath.api.common.time.Now;
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
 * A peer's network plan: written by the peer's coaches, read by them, supervisors and the person themself (through
 * {@link PeerAccess}); every save is a new version, earlier ones stay readable, and members keep their ids from one
 * version to the next. Audited.
 */
@ApplicationScoped
@Transactional
public class NetworkPlanService {

    @Inject
    CurrentActor currentActor;

    @Inject
    PeerAccess access;

    @Inject
    NetworkPlanRepository plans;

    @Inject
    NetworkPlanVersionRepository versions;

    @Inject
    AuditLog audit;

    @Inject
    IdempotentRequests idempotent;

    public Outcome<NetworkPlanResponse> create(UUID peerId, SaveNetworkPlanRequest request, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "createNetworkPlan " + peerId,
                request, NetworkPlanResponse.class, () -> {
                    Peer peer = requirePeer(actor, peerId, Need.WRITE_CARE, AuditAction.CREATE);
                    requireOpen(peer);
                    if (plans.forPeer(actor.organization(), peer.id, false).isPresent()) {
                        throw new ProblemException(ProblemType.CONFLICT, "The peer has a network plan already; "
                                + "change it with PUT and its ETag in If-Match.");
                    }
                    Instant now = Now.instant();
                    NetworkPlan plan = new NetworkPlan();
                    plan.id = UUID.randomUUID();
                    plan.organizationId = actor.organization();
                    plan.peerId = peer.id;
                    plan.currentVersion = 1;
                    plan.createdBy = actor.subject();
                    plan.createdAt = now;
                    plan.updatedAt = now;
                    plans.persist(plan);
                    NetworkPlanVersion version = write(actor, plan, request, List.of(), now);
                    plans.flush();
                    audit.success(actor, AuditAction.CREATE, AuditResourceType.NETWORK_PLAN, plan.id, peer.id);
                    return Outcome.created(response(plan, version), "v1/peers/" + peer.id + "/network-plan",
                            etag(plan));
                });
    }

    public Versioned<NetworkPlanResponse> update(UUID peerId, SaveNetworkPlanRequest request, String ifMatch) {
        Actor actor = currentActor.get();
        Peer peer = requirePeer(actor, peerId, Need.WRITE_CARE, AuditAction.UPDATE);
        NetworkPlan plan = plans.forPeer(actor.organization(), peer.id, true)
                .orElseThrow(() -> new NotFoundProblem("network plan for peer", peerId));
        EntityTags.requireMatch(ifMatch, etag(plan));
        requireOpen(peer);
        NetworkPlanVersion previous = versions.find(actor.organization(), plan.id, plan.currentVersion).orElseThrow();
        Instant now = Now.instant();
        plan.currentVersion++;
        plan.updatedAt = now;
        NetworkPlanVersion version = write(actor, plan, request, previous.members.members(), now);
        plans.flush();
        audit.success(actor, AuditAction.UPDATE, AuditResourceType.NETWORK_PLAN, plan.id, peer.id);
        return new Versioned<>(response(plan, version), plan.currentVersion);
    }

    public Versioned<NetworkPlanResponse> current(UUID peerId) {
        Actor actor = currentActor.get();
        Peer peer = requirePeer(actor, peerId, Need.READ_SHARED_WITH_PARTICIPANT, AuditAction.READ);
        NetworkPlan plan = plans.forPeer(actor.organization(), peer.id, false)
                .orElseThrow(() -> new NotFoundProblem("network plan for peer", peerId));
        NetworkPlanVersion version = versions.find(actor.organization(), plan.id, plan.currentVersion).orElseThrow();
        audit.success(actor, AuditAction.READ, AuditResourceType.NETWORK_PLAN, plan.id, peer.id);
        return new Versioned<>(response(plan, version), plan.currentVersion);
    }

    public NetworkPlanResponse version(UUID peerId, int number) {
        Actor actor = currentActor.get();
        Peer peer = requirePeer(actor, peerId, Need.READ_SHARED_WITH_PARTICIPANT, AuditAction.READ);
        NetworkPlan plan = plans.forPeer(actor.organization(), peer.id, false)
                .orElseThrow(() -> new NotFoundProblem("network plan for peer", peerId));
        NetworkPlanVersion version = versions.find(actor.organization(), plan.id, number)
                .orElseThrow(() -> new NotFoundProblem("network plan version", number));
        audit.success(actor, AuditAction.READ, AuditResourceType.NETWORK_PLAN, plan.id, peer.id);
        return response(plan, version);
    }

    public Page<NetworkPlanResponse> history(UUID peerId, PageRequest page) {
        Actor actor = currentActor.get();
        Peer peer = requirePeer(actor, peerId, Need.READ_SHARED_WITH_PARTICIPANT, AuditAction.LIST);
        NetworkPlan plan = plans.forPeer(actor.organization(), peer.id, false)
                .orElseThrow(() -> new NotFoundProblem("network plan for peer", peerId));
        Integer before = null;
        if (!page.isFirst()) {
            try {
                before = Integer.valueOf(Cursor.decode(page.cursor, 1).get(0));
            } catch (NumberFormatException notOurs) {
                throw ProblemException.invalidField("cursor", "is not a cursor issued by this list; start again "
                        + "without it");
            }
        }
        List<NetworkPlanVersion> rows = versions.page(actor.organization(), plan.id, before, page.limit + 1);
        Page<NetworkPlanResponse> result = PagedResponses.page(rows, page.limit,
                v -> Cursor.encode(Integer.toString(v.number)), v -> response(plan, v));
        audit.listed(actor, AuditAction.LIST, AuditResourceType.NETWORK_PLAN,
                Collections.nCopies(result.items().size(), plan.id),
                Collections.nCopies(result.items().size(), peer.id));
        return result;
    }

    /** The current members of the peer's plan (none without a plan); no access check, for other features' reads. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NetworkMember> currentMembers(String organization, UUID peerId) {
        Optional<NetworkPlan> plan = plans.forPeer(organization, peerId, false);
        return plan.flatMap(p -> versions.find(organization, p.id, p.currentVersion))
                .map(v -> v.members.members()).orElse(List.of());
    }

    private Peer requirePeer(Actor actor, UUID peerId, Need need, AuditAction action) {
        return access.require(actor, peerId, need, need == Need.WRITE_CARE, action, AuditResourceType.NETWORK_PLAN,
                peerId);
    }

    private NetworkPlanVersion write(Actor actor, NetworkPlan plan, SaveNetworkPlanRequest request,
            List<NetworkMember> previous, Instant now) {
        NetworkPlanVersion version = new NetworkPlanVersion();
        version.id = UUID.randomUUID();
        version.organizationId = actor.organization();
        version.planId = plan.id;
        version.peerId = plan.peerId;
        version.number = plan.currentVersion;
        version.members = new NetworkPlanContent(members(request.members(), previous));
        version.checkInCadence = request.checkInCadence();
        version.reviewDate = request.reviewDate();
        version.changeNote = request.changeNote() == null || request.changeNote().isBlank() ? null
                : request.changeNote().strip();
        version.writtenBy = actor.subject();
        version.writtenByStaff = actor.staffId().orElse(null);
        version.writtenByName = actor.name() == null ? actor.subject() : actor.name();
        version.writtenAt = now;
        versions.persist(version);
        return version;
    }

    /**
     * The members to store: ids kept for members sent with one (which must be members of the current version), new
     * ids for the others; crisis contacts need a calling order of their own.
     */
    static List<NetworkMember> members(List<NetworkMember> sent, List<NetworkMember> previous) {
        Set<UUID> known = new HashSet<>();
        previous.forEach(m -> known.add(m.id()));
        Set<UUID> seen = new HashSet<>();
        Map<Integer, Integer> orders = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        List<NetworkMember> result = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            NetworkMember member = sent.get(i);
            String field = "members[" + i + "]";
            if (member.id() != null && !known.contains(member.id())) {
                errors.add(new FieldError(field + ".id", "is not a member of the current plan; leave it out for a "
                        + "new member"));
            } else if (member.id() != null && !seen.add(member.id())) {
                errors.add(new FieldError(field + ".id", "is listed twice"));
            }
            if (member.crisisContact() && member.crisisOrder() == null) {
                errors.add(new FieldError(field + ".crisisOrder", "is required for a crisis contact"));
            } else if (!member.crisisContact() && member.crisisOrder() != null) {
                errors.add(new FieldError(field + ".crisisOrder", "is only for crisis contacts"));
            } else if (member.crisisContact() && orders.putIfAbsent(member.crisisOrder(), i) != null) {
                errors.add(new FieldError(field + ".crisisOrder", "is the order of members["
                        + orders.get(member.crisisOrder()) + "] already"));
            }
            result.add(member.withId(member.id() == null ? UUID.randomUUID() : member.id()));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The network plan's members are inconsistent.",
                    errors);
        }
        return result;
    }

    private static NetworkPlanResponse response(NetworkPlan plan, NetworkPlanVersion version) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new NetworkPlanResponse(plan.id, plan.peerId, version.number, plan.currentVersion,
                ordered(version.members.members()), version.checkInCadence, version.reviewDate,
                version.reviewDate != null && !version.reviewDate.isAfter(today), version.changeNote,
                version.writtenByName, version.writtenAt);
    }

    /** Crisis contacts first in calling order, then the others as saved. */
    static List<NetworkMember> ordered(List<NetworkMember> members) {
        List<NetworkMember> result = new ArrayList<>(members);
        result.sort(Comparator.comparing((NetworkMember m) -> m.crisisContact() ? m.crisisOrder() : Integer.MAX_VALUE));
        return result;
    }

    /** The crisis contacts among {@code members}, by id, in calling order. */
    static Map<UUID, NetworkMember> crisisContacts(List<NetworkMember> members) {
        Map<UUID, NetworkMember> result = new LinkedHashMap<>();
        ordered(members).stream().filter(NetworkMember::crisisContact).forEach(m -> result.put(m.id(), m));
        return result;
    }

    private static void requireOpen(Peer peer) {
        if (peer.status == PeerStatus.CONCLUDED) {
            throw new ProblemException(ProblemType.CONFLICT, "The peer's participation was concluded; the record is "
                    + "kept as it was.");
        }
    }

    static String etag(NetworkPlan plan) {
        return Versioned.etag(plan.currentVersion);
    }
}
