package org.peerpath.api.relapseplan;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RelapsePlanRepository implements PanacheRepositoryBase<RelapsePlan, UUID> {

    public Optional<RelapsePlan> forPeer(String organization, UUID peerId, boolean lock) {
        var query = find("organizationId = ?1 and peerId = ?2", organization, peerId);
        return (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResultOptional();
    }
}
