package org.peerpath.api.goal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.peer.Peer;
import org.peerpath.api.peer.PeerAccess;
import org.peerpath.api.peer.PeerAccess.Need;
import org.peerpath.api.staff.Actor;
import org.peerpath.common.error.NotFoundProblem;

/**
 * Goals are read by the peer's coaches, supervisors and the person themself, and written by the peer's coaches
 * (through {@link PeerAccess}).
 */
@ApplicationScoped
public class GoalAccess {

    @Inject
    PeerAccess peers;

    @Inject
    GoalRepository goals;

    @Inject
    AuditLog audit;

    public Peer requirePeer(Actor actor, UUID peerId, Need need, AuditAction action) {
        return peers.require(actor, peerId, need, need == Need.WRITE_CARE, action, AuditResourceType.GOAL, peerId);
    }

    public Goal require(Actor actor, UUID goalId, Need need, boolean lock, AuditAction action) {
        Goal goal = goals.findInOrganization(actor.organization(), goalId, lock).orElse(null);
        if (goal == null) {
            audit.denied(actor, action, AuditResourceType.GOAL, goalId, null);
            throw new NotFoundProblem("goal", goalId);
        }
        peers.require(actor, goal.peerId, need, false, action, AuditResourceType.GOAL, goalId);
        return goal;
    }
}
