package org.peerpath.api.peer;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.staff.Actor;
import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.common.error.ProblemException;
import org.peerpath.model.problem.ProblemType;

/**
 * The access rules of DESIGN.md section 5 for a peer and everything recorded about them. Every feature asks here
 * before it reads or writes; a record the caller may not see answers 404 (never confirming that it exists), a record
 * they may see but not change answers 403. Both refusals are audited.
 */
@ApplicationScoped
public class PeerAccess {

    /** What the caller wants to do with a peer's records. */
    public enum Need {
        /** The profile: supervisors and org-admins, the peer's coaches, the person themself. */
        READ_PROFILE,
        /** Change the profile: the peer's coaches and org-admins. */
        UPDATE_PROFILE,
        /** End the peer's participation: the peer's coaches and supervisors. */
        CONCLUDE,
        /** Change who coaches the peer: supervisors and org-admins. */
        ASSIGN,
        /** Sessions and notes: the peer's coaches and supervisors. */
        READ_CARE,
        /** Record sessions, notes, goals, plans: the peer's coaches. */
        WRITE_CARE,
        /** Goals and the network plan: as {@link #READ_CARE}, and the person themself. */
        READ_SHARED_WITH_PARTICIPANT
    }

    @Inject
    PeerRepository peers;

    @Inject
    PeerAssignmentRepository assignments;

    @Inject
    AuditLog audit;

    /** The peers a caller sees in lists. */
    public PeerScope listScope(Actor actor) {
        if (actor.isSupervisor() || actor.isOrgAdmin()) {
            return new PeerScope(true, null, null);
        }
        if (actor.isPeerSpecialist() && actor.staffId().isPresent()) {
            return new PeerScope(false, actor.staffId().get(), null);
        }
        if (actor.isParticipant()) {
            return new PeerScope(false, null, actor.subject());
        }
        return PeerScope.NONE;
    }

    /**
     * The peer, if the caller may do {@code need} with their records; a 404 when the caller may not see the peer at
     * all (or it does not exist in the caller's organization), a 403 when they see it but may not do this.
     *
     * @param lock         whether to lock the peer row for the rest of the transaction
     * @param action       the audited action, for a refusal
     * @param resourceType the audited resource, for a refusal
     * @param resourceId   the audited resource's id, for a refusal
     */
    public Peer require(Actor actor, UUID peerId, Need need, boolean lock, AuditAction action,
            AuditResourceType resourceType, UUID resourceId) {
        Peer peer = (lock ? peers.findForUpdate(actor.organization(), peerId)
                : peers.findInOrganization(actor.organization(), peerId)).orElse(null);
        if (peer == null || !sees(actor, peer, need)) {
            audit.denied(actor, action, resourceType, resourceId, peer == null ? null : peer.id);
            throw new NotFoundProblem(resourceType == AuditResourceType.PEER ? "peer" : resourceName(resourceType),
                    resourceId);
        }
        if (!allows(actor, peer, need)) {
            audit.denied(actor, action, resourceType, resourceId, peer.id);
            throw new ProblemException(ProblemType.FORBIDDEN, "The caller's roles do not allow this on this record.");
        }
        return peer;
    }

    /** Whether the caller may know that the peer's record (of this kind) exists. */
    boolean sees(Actor actor, Peer peer, Need need) {
        return switch (need) {
            case READ_PROFILE, UPDATE_PROFILE, CONCLUDE, ASSIGN ->
                actor.isSupervisor() || actor.isOrgAdmin() || isCoach(actor, peer) || isSelf(actor, peer);
            case READ_CARE, WRITE_CARE -> actor.isSupervisor() || isCoach(actor, peer);
            case READ_SHARED_WITH_PARTICIPANT -> actor.isSupervisor() || isCoach(actor, peer) || isSelf(actor, peer);
        };
    }

    boolean allows(Actor actor, Peer peer, Need need) {
        return switch (need) {
            case READ_PROFILE, READ_SHARED_WITH_PARTICIPANT -> true;
            case UPDATE_PROFILE -> actor.isOrgAdmin() || isCoach(actor, peer);
            case CONCLUDE -> actor.isSupervisor() || isCoach(actor, peer);
            case ASSIGN -> actor.isSupervisor() || actor.isOrgAdmin();
            case READ_CARE -> true;
            case WRITE_CARE -> isCoach(actor, peer);
        };
    }

    public boolean isCoach(Actor actor, Peer peer) {
        return actor.isPeerSpecialist() && actor.staffId().isPresent()
                && assignments.isAssigned(actor.organization(), peer.id, actor.staffId().get());
    }

    private static boolean isSelf(Actor actor, Peer peer) {
        return actor.isParticipant() && peer.participantSubject != null
                && peer.participantSubject.equals(actor.subject());
    }

    private static String resourceName(AuditResourceType type) {
        return type.name().toLowerCase().replace('_', ' ');
    }
}
