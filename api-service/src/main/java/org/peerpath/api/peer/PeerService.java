package org.peerpath.api.peer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.agency.AgencySettingsRepository;
import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.common.http.Versioned;
import org.peerpath.api.common.idempotency.IdempotentRequests;
import org.peerpath.api.common.idempotency.Outcome;
import org.peerpath.api.common.json.Patches;
import org.peerpath.api.common.security.Roles;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.peer.PeerAccess.Need;
import org.peerpath.api.changelog.EhrChangeKind;
import org.peerpath.api.changelog.EhrChanges;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.api.staff.Staff;
import org.peerpath.api.staff.StaffRepository;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.http.EntityTags;
import org.peerpath.common.paging.Cursor;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;
import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.ProblemType;

import com.fasterxml.jackson.databind.JsonNode;

/** Peers, their coaches and caseloads; every read and write is checked by {@link PeerAccess} and audited. */
@ApplicationScoped
@Transactional
public class PeerService {

    @Inject
    CurrentActor currentActor;

    @Inject
    PeerAccess access;

    @Inject
    PeerRepository peers;

    @Inject
    PeerAssignmentRepository assignments;

    @Inject
    StaffRepository staff;

    @Inject
    AuditLog audit;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    Patches patches;

    @Inject
    AgencySettingsRepository agencySettings;

    /** Tells subscribed EHRs (peer.updated webhook) that a peer's record changed, in the same transaction. */
    @Inject
    EhrChanges ehrChanges;

    public Outcome<PeerResponse> create(CreatePeerRequest request, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "createPeer", request,
                PeerResponse.class, () -> {
                    List<UUID> coachIds = request.coachIds() == null ? List.of() : request.coachIds();
                    if (!coachIds.isEmpty() && !(actor.isSupervisor() || actor.isOrgAdmin())) {
                        throw new ProblemException(ProblemType.FORBIDDEN,
                                "Only supervisors and org-admins name coaches; a peer specialist who creates a peer "
                                        + "becomes their coach.");
                    }
                    Set<UUID> coaches = new LinkedHashSet<>(coachIds);
                    if (actor.isPeerSpecialist() && actor.staffId().isPresent() && coaches.isEmpty()) {
                        coaches.add(actor.staffId().get());
                    }
                    Instant now = Now.instant();
                    Peer peer = new Peer();
                    peer.id = UUID.randomUUID();
                    peer.organizationId = actor.organization();
                    peer.preferredName = request.preferredName().strip();
                    peer.pronouns = request.pronouns();
                    peer.dateOfBirth = request.dateOfBirth();
                    peer.recoveryPathways = distinct(request.recoveryPathways());
                    peer.strengths = request.strengths();
                    peer.hopes = request.hopes();
                    peer.concerns = request.concerns();
                    peer.status = PeerStatus.ACTIVE;
                    peer.externalMrn = request.externalMrn();
                    peer.participantSubject = blankToNull(request.participantSubject());
                    peer.gender = request.gender() == null ? AdministrativeGender.UNKNOWN : request.gender();
                    peer.givenName = blankToNull(request.givenName());
                    peer.familyName = blankToNull(request.familyName());
                    requireParticipantFree(actor, peer.participantSubject, peer.id);
                    LocalDate today = today(actor);
                    peer.enrolledOn = request.enrolledOn() == null ? today
                            : notAfter(request.enrolledOn(), today);
                    peer.createdBy = actor.subject();
                    peer.createdAt = now;
                    peer.updatedAt = now;
                    peers.persist(peer);
                    assign(actor, peer, coaches, now);
                    peers.flush();
                    audit.success(actor, AuditAction.CREATE, AuditResourceType.PEER, peer.id, peer.id);
                    return Outcome.created(toResponse(actor, peer), "v1/peers/" + peer.id,
                            Versioned.etag(peer.version));
                });
    }

    private LocalDate today(Actor actor) {
        return LocalDate.now(ZoneId.of(agencySettings.current(actor.organization()).timeZone));
    }

    /** An enrolment day is one that has come, in the agency's time zone. */
    private static LocalDate notAfter(LocalDate enrolledOn, LocalDate today) {
        if (enrolledOn.isAfter(today)) {
            throw ProblemException.invalidField("enrolledOn", "must not be in the future");
        }
        return enrolledOn;
    }

    public Versioned<PeerResponse> get(UUID peerId) {
        Actor actor = currentActor.get();
        Peer peer = access.require(actor, peerId, Need.READ_PROFILE, false, AuditAction.READ, AuditResourceType.PEER,
                peerId);
        audit.success(actor, AuditAction.READ, AuditResourceType.PEER, peer.id, peer.id);
        return new Versioned<>(toResponse(actor, peer), peer.version);
    }

    public Page<PeerResponse> list(PeerFilter filter, PageRequest page) {
        Actor actor = currentActor.get();
        return page(actor, access.listScope(actor), filter, page.limit, page.cursor, AuditAction.LIST);
    }

    /** The caller's own caseload: peers assigned to them as coach. */
    public Page<PeerResponse> caseload(PeerStatus status, PageRequest page) {
        Actor actor = currentActor.get();
        UUID me = actor.staffId().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "Only staff have a caseload."));
        return page(actor, new PeerScope(false, me, null), new PeerFilter(status, null, null), page.limit,
                page.cursor, AuditAction.LIST);
    }

    public Page<PeerResponse> search(PeerSearchRequest request) {
        Actor actor = currentActor.get();
        int limit = request.limit() == null ? PageRequest.DEFAULT_LIMIT : request.limit();
        return page(actor, access.listScope(actor), new PeerFilter(request.status(), null, request.name().strip()),
                limit, request.cursor(), AuditAction.SEARCH);
    }

    public Versioned<PeerResponse> update(UUID peerId, JsonNode patch, String ifMatch) {
        Actor actor = currentActor.get();
        Peer peer = access.require(actor, peerId, Need.UPDATE_PROFILE, true, AuditAction.UPDATE,
                AuditResourceType.PEER, peerId);
        EntityTags.requireMatch(ifMatch, Versioned.etag(peer.version));
        if (peer.status == PeerStatus.CONCLUDED) {
            throw new ProblemException(ProblemType.CONFLICT, "The peer's participation was concluded; the record is "
                    + "kept as it was.");
        }
        PeerUpdate changed = patches.apply(PeerUpdate.of(peer), patch, PeerUpdate.class);
        String participant = blankToNull(changed.participantSubject());
        if (participant != null && !participant.equals(peer.participantSubject)) {
            requireParticipantFree(actor, participant, peer.id);
        }
        peer.preferredName = changed.preferredName().strip();
        peer.pronouns = changed.pronouns();
        peer.dateOfBirth = changed.dateOfBirth();
        peer.recoveryPathways = distinct(changed.recoveryPathways());
        peer.strengths = changed.strengths();
        peer.hopes = changed.hopes();
        peer.concerns = changed.concerns();
        peer.status = PeerStatus.valueOf(changed.status());
        peer.externalMrn = changed.externalMrn();
        peer.participantSubject = participant;
        if (!changed.enrolledOn().equals(peer.enrolledOn)) {
            peer.enrolledOn = notAfter(changed.enrolledOn(), today(actor));
            peers.firstServiceDate(actor.organization(), peer.id)
                    .filter(first -> first.isBefore(peer.enrolledOn))
                    .ifPresent(first -> {
                        throw new ProblemException(ProblemType.UNPROCESSABLE, "The peer has sessions before that day.",
                                List.of(new FieldError("enrolledOn", "must not be after the peer's first session, "
                                        + "on " + first)));
                    });
        }
        peer.gender = changed.gender() == null ? AdministrativeGender.UNKNOWN : changed.gender();
        peer.givenName = blankToNull(changed.givenName());
        peer.familyName = blankToNull(changed.familyName());
        peer.updatedAt = Now.instant();
        peers.flush();
        audit.success(actor, AuditAction.UPDATE, AuditResourceType.PEER, peer.id, peer.id);
        ehrChanges.append(actor.organization(), peer.id, EhrChangeKind.PEER_UPDATED, null, null);
        return new Versioned<>(toResponse(actor, peer), peer.version);
    }

    public Outcome<PeerResponse> conclude(UUID peerId, ConcludePeerRequest request, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "concludePeer " + peerId,
                request, PeerResponse.class, () -> {
                    Peer peer = access.require(actor, peerId, Need.CONCLUDE, true, AuditAction.CONCLUDE,
                            AuditResourceType.PEER, peerId);
                    if (peer.status == PeerStatus.CONCLUDED) {
                        throw new ProblemException(ProblemType.CONFLICT, "The peer's participation is already "
                                + "concluded.");
                    }
                    Instant now = Now.instant();
                    peer.status = PeerStatus.CONCLUDED;
                    peer.concludedAt = now;
                    peer.conclusionReason = request.reason().strip();
                    peer.updatedAt = now;
                    peers.flush();
                    audit.success(actor, AuditAction.CONCLUDE, AuditResourceType.PEER, peer.id, peer.id);
                    ehrChanges.append(actor.organization(), peer.id, EhrChangeKind.PEER_UPDATED, null, null);
                    return new Outcome<>(200, toResponse(actor, peer), null, Versioned.etag(peer.version), false);
                });
    }

    public Versioned<PeerResponse> assignCoaches(UUID peerId, CoachAssignmentRequest request, String ifMatch) {
        Actor actor = currentActor.get();
        Peer peer = access.require(actor, peerId, Need.ASSIGN, true, AuditAction.ASSIGN,
                AuditResourceType.ASSIGNMENT, peerId);
        EntityTags.requireMatch(ifMatch, Versioned.etag(peer.version));
        Set<UUID> wanted = new LinkedHashSet<>(request.coachIds());
        assignments.removeAllExcept(actor.organization(), peer.id, wanted);
        assign(actor, peer, wanted, Now.instant());
        peer.updatedAt = Now.instant();
        peers.flush();
        audit.success(actor, AuditAction.ASSIGN, AuditResourceType.ASSIGNMENT, peer.id, peer.id);
        return new Versioned<>(toResponse(actor, peer), peer.version);
    }

    private void assign(Actor actor, Peer peer, Set<UUID> coachIds, Instant now) {
        if (coachIds.isEmpty()) {
            return;
        }
        Map<UUID, Staff> found = staff.findAllInOrganization(actor.organization(), coachIds).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        for (UUID coachId : coachIds) {
            Staff coach = found.get(coachId);
            if (coach == null || !coach.active || !(coach.roles.contains(Roles.PEER_SPECIALIST)
                    || coach.roles.contains(Roles.SUPERVISOR))) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "Coach '" + coachId + "' is not an active peer "
                        + "specialist or supervisor of this organization.");
            }
        }
        Set<UUID> existing = assignments.forPeers(actor.organization(), List.of(peer.id)).stream()
                .map(a -> a.staffId).collect(Collectors.toSet());
        for (UUID coachId : coachIds) {
            if (!existing.contains(coachId)) {
                PeerAssignment assignment = new PeerAssignment();
                assignment.id = UUID.randomUUID();
                assignment.organizationId = actor.organization();
                assignment.peerId = peer.id;
                assignment.staffId = coachId;
                assignment.assignedBy = actor.subject();
                assignment.assignedAt = now;
                assignments.persist(assignment);
            }
        }
    }

    private void requireParticipantFree(Actor actor, String participantSubject, UUID peerId) {
        if (participantSubject == null) {
            return;
        }
        boolean taken = peers.count("organizationId = ?1 and participantSubject = ?2 and id <> ?3",
                actor.organization(), participantSubject, peerId) > 0;
        if (taken) {
            throw new ProblemException(ProblemType.CONFLICT, "That participant login is already linked to another peer.");
        }
    }

    private Page<PeerResponse> page(Actor actor, PeerScope scope, PeerFilter filter, int limit, String cursor,
            AuditAction action) {
        Instant afterTime = null;
        UUID afterId = null;
        if (cursor != null && !cursor.isEmpty()) {
            List<String> keys = Cursor.decode(cursor, 2);
            try {
                afterTime = Instant.parse(keys.get(0));
                afterId = UUID.fromString(keys.get(1));
            } catch (RuntimeException notOurs) {
                throw ProblemException.invalidField("cursor", "is not a cursor issued by this list; start again "
                        + "without it");
            }
        }
        List<Peer> rows = peers.page(actor.organization(), scope, filter, afterTime, afterId, limit + 1);
        Page<Peer> page = PagedResponses.page(rows, limit, p -> Cursor.encode(p.createdAt.toString(),
                p.id.toString()), Function.identity());
        List<UUID> ids = page.items().stream().map(p -> p.id).toList();
        audit.listed(actor, action, AuditResourceType.PEER, ids, ids);
        Map<UUID, List<CoachResponse>> coaches = coachesOf(actor, ids);
        return new Page<>(page.items().stream()
                .map(p -> PeerResponse.of(p, coaches.getOrDefault(p.id, List.of()))).toList(), page.nextCursor());
    }

    private PeerResponse toResponse(Actor actor, Peer peer) {
        return PeerResponse.of(peer, coachesOf(actor, List.of(peer.id)).getOrDefault(peer.id, List.of()));
    }

    private Map<UUID, List<CoachResponse>> coachesOf(Actor actor, List<UUID> peerIds) {
        List<PeerAssignment> rows = assignments.forPeers(actor.organization(), peerIds);
        Map<UUID, Staff> members = staff.findAllInOrganization(actor.organization(),
                rows.stream().map(a -> a.staffId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        return rows.stream().collect(Collectors.groupingBy(a -> a.peerId, Collectors.mapping(
                a -> CoachResponse.of(members.get(a.staffId)), Collectors.collectingAndThen(Collectors.toList(),
                        list -> list.stream().sorted(Comparator.comparing(CoachResponse::displayName)).toList()))));
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(values));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
