package org.peerpath.api.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    public Optional<Session> findInOrganization(String organization, UUID id) {
        return find("organizationId = ?1 and id = ?2", organization, id).firstResultOptional();
    }

    public Optional<Session> findForUpdate(String organization, UUID id) {
        return find("organizationId = ?1 and id = ?2", organization, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Units already billed for a peer on a service date, by other sessions. */
    public int unitsOn(String organization, UUID peerId, LocalDate day) {
        Long units = getEntityManager().createQuery("select coalesce(sum(s.billingUnits), 0) from Session s "
                + "where s.organizationId = ?1 and s.peerId = ?2 and s.serviceDate = ?3", Long.class)
                .setParameter(1, organization).setParameter(2, peerId).setParameter(3, day).getSingleResult();
        return units.intValue();
    }

    public List<Session> page(String organization, UUID peerId, Instant afterTime, UUID afterId, int limit) {
        if (afterTime == null) {
            return find("organizationId = ?1 and peerId = ?2 order by startedAt, id", organization, peerId)
                    .page(0, limit).list();
        }
        return find("organizationId = ?1 and peerId = ?2 and (startedAt > ?3 or (startedAt = ?3 and id > ?4)) "
                + "order by startedAt, id", organization, peerId, afterTime, afterId).page(0, limit).list();
    }
}
