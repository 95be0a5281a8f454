package org.peerpath.api.peer;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PeerAssignmentRepository implements PanacheRepositoryBase<PeerAssignment, UUID> {

    public boolean isAssigned(String organization, UUID peerId, UUID staffId) {
        return count("organizationId = ?1 and peerId = ?2 and staffId = ?3", organization, peerId, staffId) > 0;
    }

    public List<PeerAssignment> forPeers(String organization, Collection<UUID> peerIds) {
        if (peerIds.isEmpty()) {
            return List.of();
        }
        return list("organizationId = ?1 and peerId in ?2 order by assignedAt, id", organization, peerIds);
    }

    public long removeAllExcept(String organization, UUID peerId, Collection<UUID> keep) {
        if (keep.isEmpty()) {
            return delete("organizationId = ?1 and peerId = ?2", organization, peerId);
        }
        return delete("organizationId = ?1 and peerId = ?2 and staffId not in ?3", organization, peerId, keep);
    }
}
