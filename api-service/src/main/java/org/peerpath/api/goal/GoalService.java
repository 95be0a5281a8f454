package org.peerpath.api.goal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.peerpath.api.common.json.Patches;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.curriculum.RecordReferences;
import org.peerpath.api.peer.Peer;
import org.peerpath.api.peer.PeerAccess.Need;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.http.EntityTags;
import org.peerpath.model.problem.ProblemType;

import com.fasterxml.jackson.databind.JsonNode;

/** Goals, their status moves (a rule table in {@link GoalStatus}) and progress check-ins. */
@ApplicationScoped
@Transactional
public class GoalService {

    /** The owner type under which a goal's unconfirmed curriculum references are kept. */
    static final String REFERENCE_OWNER = "GOAL";

    @Inject
    CurrentActor currentActor;

    @Inject
    GoalAccess access;

    @Inject
    GoalRepository goals;

    @Inject
    GoalCheckInRepository checkIns;

    @Inject
    AuditLog audit;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    RecordReferences references;

    @Inject
    Patches patches;

    public Outcome<GoalResponse> create(UUID peerId, CreateGoalRequest request, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "createGoal " + peerId, request,
                GoalResponse.class, () -> {
                    Peer peer = access.requirePeer(actor, peerId, Need.WRITE_CARE, AuditAction.CREATE);
                    GoalStatus status = request.status() == null ? GoalStatus.PROPOSED : request.status();
                    if (status != GoalStatus.PROPOSED && status != GoalStatus.ACTIVE) {
                        throw ProblemException.invalidField("status", "a new goal is PROPOSED or ACTIVE");
                    }
                    Goal goal = new Goal();
                    goal.id = UUID.randomUUID();
                    goal.organizationId = actor.organization();
                    goal.peerId = peer.id;
                    goal.domain = request.domain();
                    goal.statement = request.statement().strip();
                    goal.measure = request.measure();
                    goal.achievable = request.achievable();
                    goal.relevant = request.relevant();
                    goal.targetDate = request.targetDate();
                    goal.status = status;
                    goal.milestones = request.milestones() == null ? new ArrayList<>()
                            : new ArrayList<>(request.milestones());
                    goal.techniques = distinct(request.techniques());
                    goal.topics = distinct(request.topics());
                    List<String> unverified = references.check(actor.organization(), REFERENCE_OWNER, goal.id,
                            request.topics(), request.techniques());
                    goal.createdBy = actor.subject();
                    goal.createdAt = Now.instant();
                    goal.updatedAt = goal.createdAt;
                    goals.persist(goal);
                    goals.flush();
                    audit.success(actor, AuditAction.CREATE, AuditResourceType.GOAL, goal.id, peer.id);
                    return Outcome.created(GoalResponse.of(goal, List.of(), unverified), "v1/goals/" + goal.id,
                            Versioned.etag(goal.version));
                });
    }

    public List<GoalResponse> list(UUID peerId) {
        Actor actor = currentActor.get();
        Peer peer = access.requirePeer(actor, peerId, Need.READ_SHARED_WITH_PARTICIPANT, AuditAction.LIST);
        List<Goal> rows = goals.ofPeer(actor.organization(), peer.id);
        List<UUID> ids = rows.stream().map(g -> g.id).toList();
        audit.listed(actor, AuditAction.LIST, AuditResourceType.GOAL, ids, ids.stream().map(id -> peer.id).toList());
        Map<UUID, List<String>> unverified = references.unverifiedOf(actor.organization(), REFERENCE_OWNER, ids);
        Map<UUID, List<GoalCheckIn>> checkInsByGoal = checkIns.ofGoals(actor.organization(), ids);
        return rows.stream().map(g -> GoalResponse.of(g, checkInsByGoal.getOrDefault(g.id, List.of()),
                unverified.getOrDefault(g.id, List.of()))).toList();
    }

    public Versioned<GoalResponse> get(UUID goalId) {
        Actor actor = currentActor.get();
        Goal goal = access.require(actor, goalId, Need.READ_SHARED_WITH_PARTICIPANT, false, AuditAction.READ);
        audit.success(actor, AuditAction.READ, AuditResourceType.GOAL, goal.id, goal.peerId);
        return versioned(actor, goal);
    }

    public Versioned<GoalResponse> update(UUID goalId, JsonNode patch, String ifMatch) {
        Actor actor = currentActor.get();
        Goal goal = access.require(actor, goalId, Need.WRITE_CARE, true, AuditAction.UPDATE);
        EntityTags.requireMatch(ifMatch, Versioned.etag(goal.version));
        if (!goal.status.isOpen()) {
            throw new ProblemException(ProblemType.CONFLICT, "The goal is " + goal.status + "; only open goals "
                    + "change.");
        }
        GoalUpdate changed = patches.apply(GoalUpdate.of(goal), patch, GoalUpdate.class);
        goal.domain = changed.domain();
        goal.statement = changed.statement().strip();
        goal.measure = changed.measure();
        goal.achievable = changed.achievable();
        goal.relevant = changed.relevant();
        goal.targetDate = changed.targetDate();
        goal.milestones = changed.milestones() == null ? new ArrayList<>() : new ArrayList<>(changed.milestones());
        if (patch.has("techniques") || patch.has("topics")) {
            references.check(actor.organization(), REFERENCE_OWNER, goal.id, changed.topics(), changed.techniques());
        }
        goal.techniques = distinct(changed.techniques());
        goal.topics = distinct(changed.topics());
        goal.updatedAt = Now.instant();
        goals.flush();
        audit.success(actor, AuditAction.UPDATE, AuditResourceType.GOAL, goal.id, goal.peerId);
        return versioned(actor, goal);
    }

    public Outcome<GoalResponse> changeStatus(UUID goalId, GoalStatusRequest request, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "changeGoalStatus " + goalId,
                request, GoalResponse.class, () -> {
                    Goal goal = access.require(actor, goalId, Need.WRITE_CARE, true, AuditAction.UPDATE);
                    if (!goal.status.canMoveTo(request.status())) {
                        throw new ProblemException(ProblemType.CONFLICT, "A " + goal.status + " goal cannot become "
                                + request.status() + "; it can become " + goal.status.next() + ".");
                    }
                    goal.status = request.status();
                    if (goal.status == GoalStatus.ACHIEVED) {
                        goal.progress = 100;
                    }
                    goal.updatedAt = Now.instant();
                    goals.flush();
                    audit.success(actor, AuditAction.UPDATE, AuditResourceType.GOAL, goal.id, goal.peerId);
                    Versioned<GoalResponse> result = versioned(actor, goal);
                    return new Outcome<>(200, result.body(), null, result.etag(), false);
                });
    }

    public Outcome<CheckInResponse> checkIn(UUID goalId, CreateCheckInRequest request, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "goalCheckIn " + goalId,
                request, CheckInResponse.class, () -> {
                    Goal goal = access.require(actor, goalId, Need.WRITE_CARE, true, AuditAction.CREATE);
                    if (!goal.status.isOpen()) {
                        throw new ProblemException(ProblemType.CONFLICT, "The goal is " + goal.status
                                + "; check-ins are for open goals.");
                    }
                    GoalCheckIn checkIn = new GoalCheckIn();
                    checkIn.id = UUID.randomUUID();
                    checkIn.organizationId = actor.organization();
                    checkIn.goalId = goal.id;
                    checkIn.peerId = goal.peerId;
                    checkIn.checkedOn = request.checkedOn();
                    checkIn.progress = request.progress();
                    checkIn.note = request.note();
                    checkIn.recordedBy = actor.subject();
                    checkIn.recordedAt = Now.instant();
                    checkIns.persist(checkIn);
                    goal.progress = request.progress();
                    goal.updatedAt = checkIn.recordedAt;
                    audit.success(actor, AuditAction.CREATE, AuditResourceType.GOAL_CHECK_IN, checkIn.id,
                            goal.peerId);
                    return Outcome.created(CheckInResponse.of(checkIn), "v1/goals/" + goal.id, null);
                });
    }

    private Versioned<GoalResponse> versioned(Actor actor, Goal goal) {
        return new Versioned<>(GoalResponse.of(goal, checkIns.ofGoal(actor.organization(), goal.id),
                references.unverifiedOf(actor.organization(), REFERENCE_OWNER, goal.id)), goal.version);
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(values));
    }
}
