package org.peerpath.api.peer;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditResourceType;
import org.peerpath.api.consent.ProfileAccess;
import org.peerpath.api.peer.PeerAccess.Need;
import org.peerpath.api.staff.Actor;

/** {@link ProfileAccess} by the peer access policy: whoever may read the person's profile. */
@ApplicationScoped
public class PeerProfileAccess implements ProfileAccess {

    @Inject
    PeerAccess access;

    @Override
    public void require(Actor actor, UUID peerId, boolean lock, AuditAction action, AuditResourceType type,
            UUID resourceId) {
        access.require(actor, peerId, Need.READ_PROFILE, lock, action, type, resourceId);
    }
}
