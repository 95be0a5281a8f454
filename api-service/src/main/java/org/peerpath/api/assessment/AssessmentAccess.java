package org.peerpath.api.assessment;

import org.peerpath.api.audit.AuditResourceType;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.peer.Peer;
import org.peerpath.api.peer.PeerAccess;
import org.peerpath.api.peer.PeerAccess.Need;
import org.peerpath.api.staff.Actor;

/**
 * Who may read and record a peer's assessments, on top of {@link PeerAccess}: the peer's coaches and supervisors read
 * them, and so does the person themself (their own only); the peer's coaches record them, and the person may
 * self-report their own. Org-admins manage instruments, not people's answers.
 */
@ApplicationScoped
public class AssessmentAccess {

    @Inject
    PeerAccess peers;

    public Peer requireRead(Actor actor, UUID peerId, AuditAction action, UUID resourceId) {
        return peers.require(actor, peerId, Need.READ_SHARED_WITH_PARTICIPANT, false, action,
                AuditResourceType.ASSESSMENT, resourceId);
    }

    /** The peer, if the caller may record an assessment for them (a participant: only for themself). */
    public Peer requireRecord(Actor actor, UUID peerId) {
        if (selfReporting(actor)) {
            return peers.require(actor, peerId, Need.READ_SHARED_WITH_PARTICIPANT, false, AuditAction.CREATE,
                    AuditResourceType.ASSESSMENT, peerId);
        }
        return peers.require(actor, peerId, Need.WRITE_CARE, false, AuditAction.CREATE,
                AuditResourceType.ASSESSMENT, peerId);
    }

    /** Whether the caller answers for themself (a participant login, not staff). */
    public boolean selfReporting(Actor actor) {
        return actor.isParticipant() && !actor.isStaff();
    }
}
