package org.peerpath.api.goal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<Goal, UUID> {

    public Optional<Goal> findInOrganization(String organization, UUID id, boolean lock) {
        var query = find("organizationId = ?1 and id = ?2", organization, id);
        return (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResultOptional();
    }

    /** All goals of a peer, oldest first (a person has a handful, so the list is not paged). */
    public List<Goal> ofPeer(String organization, UUID peerId) {
        return list("organizationId = ?1 and peerId = ?2 order by createdAt, id", organization, peerId);
    }

    /** Those of {@code ids} that are goals of the peer. */
    public List<UUID> idsOfPeer(String organization, UUID peerId, java.util.Collection<UUID> ids) {
        return getEntityManager().createQuery("select g.id from Goal g where g.organizationId = ?1 and g.peerId = ?2 "
                + "and g.id in ?3", UUID.class).setParameter(1, organization).setParameter(2, peerId)
                .setParameter(3, ids).getResultList();
    }
}
