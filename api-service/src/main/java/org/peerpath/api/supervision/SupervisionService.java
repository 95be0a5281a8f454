package org.peerpath.api.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.common.http.Versioned;
import org.peerpath.api.common.idempotency.IdempotentRequests;
import org.peerpath.api.common.idempotency.Outcome;
import org.peerpath.api.common.security.Roles;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.api.staff.Staff;
import org.peerpath.api.staff.StaffAccess;
import org.peerpath.api.staff.StaffRepository;
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
 * Supervisor and coach assignments: org-admins manage them; supervisors and org-admins read them. Audited as
 * ASSIGNMENT events with the assignment's id: the audit API's resource types are a published enum, and a new value
 * would break its clients.
 */
@ApplicationScoped
@Transactional
public class SupervisionService {

    static final String NOT_FOUND = "supervision assignment";

    @Inject
    CurrentActor currentActor;

    @Inject
    StaffAccess access;

    @Inject
    StaffRepository staff;

    @Inject
    SupervisionRepository assignments;

    @Inject
    AuditLog audit;

    @Inject
    IdempotentRequests idempotent;

    public Outcome<SupervisionResponse> create(CreateSupervisionRequest request, String idempotencyKey) {
        Actor actor = currentActor.get();
        access.requireManager(actor);
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "createSupervisionAssignment",
                request, SupervisionResponse.class, () -> {
                    Staff supervisor = member(actor, request.supervisorId());
                    Staff coach = member(actor, request.coachId());
                    List<FieldError> errors = new ArrayList<>();
                    requireRole(supervisor, Roles.SUPERVISOR, "supervisorId", errors);
                    requireRole(coach, Roles.PEER_SPECIALIST, "coachId", errors);
                    if (supervisor.id.equals(coach.id)) {
                        errors.add(new FieldError("coachId", "must not be the supervisor themself"));
                    }
                    if (!errors.isEmpty()) {
                        throw new ProblemException(ProblemType.UNPROCESSABLE, "A supervisor supervises peer "
                                + "specialists of the same agency.", errors);
                    }
                    assignments.find(actor.organization(), supervisor.id, coach.id).ifPresent(existing -> {
                        throw new ProblemException(ProblemType.CONFLICT, "The coach is already assigned to this "
                                + "supervisor (supervision assignment " + existing.id + ").");
                    });
                    SupervisionAssignment assignment = new SupervisionAssignment();
                    assignment.id = UUID.randomUUID();
                    assignment.organizationId = actor.organization();
                    assignment.supervisorStaffId = supervisor.id;
                    assignment.coachStaffId = coach.id;
                    assignment.assignedBy = actor.subject();
                    assignment.assignedAt = Now.instant();
                    assignments.persist(assignment);
                    assignments.flush();
                    audit.success(actor, AuditAction.CREATE, AuditResourceType.ASSIGNMENT, assignment.id,
                            null);
                    return Outcome.created(SupervisionResponse.of(assignment,
                            Map.of(supervisor.id, supervisor, coach.id, coach)),
                            "v1/supervision-assignments/" + assignment.id, Versioned.etag(assignment.version));
                });
    }

    public Versioned<SupervisionResponse> get(UUID assignmentId) {
        Actor actor = currentActor.get();
        access.requireReader(actor);
        SupervisionAssignment assignment = assignments.findInOrganization(actor.organization(), assignmentId)
                .orElseThrow(() -> new NotFoundProblem(NOT_FOUND, assignmentId));
        audit.success(actor, AuditAction.READ, AuditResourceType.ASSIGNMENT, assignment.id, null);
        return new Versioned<>(SupervisionResponse.of(assignment, staffOf(actor, List.of(assignment))),
                assignment.version);
    }

    /** The agency's assignments, or a supervisor's coaches, or a coach's supervisors, oldest first. */
    public Page<SupervisionResponse> list(UUID supervisorId, UUID coachId, PageRequest request) {
        Actor actor = currentActor.get();
        access.requireReader(actor);
        if (supervisorId != null) {
            member(actor, supervisorId);
        }
        if (coachId != null) {
            member(actor, coachId);
        }
        Instant afterTime = null;
        UUID afterId = null;
        if (!request.isFirst()) {
            List<String> keys = Cursor.decode(request.cursor, 2);
            try {
                afterTime = Instant.parse(keys.get(0));
                afterId = UUID.fromString(keys.get(1));
            } catch (RuntimeException notOurs) {
                throw ProblemException.invalidField("cursor", "is not a cursor issued by this list; start again "
                        + "without it");
            }
        }
        List<SupervisionAssignment> rows = assignments.page(actor.organization(), supervisorId, coachId, afterTime,
                afterId, request.limit + 1);
        Page<SupervisionAssignment> page = PagedResponses.page(rows, request.limit,
                a -> Cursor.encode(a.assignedAt.toString(), a.id.toString()), Function.identity());
        Map<UUID, Staff> names = staffOf(actor, page.items());
        List<UUID> ids = page.items().stream().map(a -> a.id).toList();
        audit.listed(actor, AuditAction.LIST, AuditResourceType.ASSIGNMENT, ids,
                Collections.nCopies(ids.size(), null));
        return new Page<>(page.items().stream().map(a -> SupervisionResponse.of(a, names)).toList(),
                page.nextCursor());
    }

    public void delete(UUID assignmentId, String ifMatch) {
        Actor actor = currentActor.get();
        access.requireManager(actor);
        SupervisionAssignment assignment = assignments.findInOrganization(actor.organization(), assignmentId)
                .orElseThrow(() -> new NotFoundProblem(NOT_FOUND, assignmentId));
        EntityTags.requireMatch(ifMatch, Versioned.etag(assignment.version));
        assignments.delete(assignment);
        audit.success(actor, AuditAction.DELETE, AuditResourceType.ASSIGNMENT, assignment.id, null);
    }

    /** A staff member of the caller's agency; another agency's is not found. */
    private Staff member(Actor actor, UUID staffId) {
        return staff.findInOrganization(actor.organization(), staffId)
                .orElseThrow(() -> new NotFoundProblem("staff member", staffId));
    }

    private static void requireRole(Staff member, String role, String field, List<FieldError> errors) {
        if (!member.roles.contains(role)) {
            errors.add(new FieldError(field, "is not a staff member with the " + role + " role"));
        } else if (!member.active) {
            errors.add(new FieldError(field, "is not an active staff member"));
        }
    }

    private Map<UUID, Staff> staffOf(Actor actor, List<SupervisionAssignment> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(a -> {
            ids.add(a.supervisorStaffId);
            ids.add(a.coachStaffId);
        });
        return ids.isEmpty() ? Map.of() : staff.findAllInOrganization(actor.organization(), ids).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
    }
}
