package org.peerpath.api.peer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PeerRepository implements PanacheRepositoryBase<Peer, UUID> {

    public Optional<Peer> findInOrganization(String organization, UUID id) {
        return find("organizationId = ?1 and id = ?2", organization, id).firstResultOptional();
    }

    public List<Peer> findAllInOrganization(String organization, Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("organizationId = ?1 and id in ?2", organization, ids);
    }

    /** The peer, locked until the transaction ends, so that concurrent changes run one after the other. */
    /** The service date of the peer's earliest session, if any (sessions are recorded from enrolment on). */
    public Optional<LocalDate> firstServiceDate(String organization, UUID peerId) {
        return Optional.ofNullable((LocalDate) getEntityManager().createNativeQuery("select min(s.service_date)"
                + " from session s where s.organization_id = :org and s.peer_id = :peer", LocalDate.class)
                .setParameter("org", organization).setParameter("peer", peerId).getSingleResult());
    }

    public Optional<Peer> findForUpdate(String organization, UUID id) {
        return find("organizationId = ?1 and id = ?2", organization, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Peers in scope and filter, in creation order, after the keyset position; {@code limit} rows at most. */
    public List<Peer> page(String organization, PeerScope scope, PeerFilter filter, Instant afterTime, UUID afterId,
            int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        StringBuilder query = new StringBuilder("from Peer p where p.organizationId = :org");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organization);
        if (!scope.all()) {
            if (scope.coachStaffId() != null) {
                query.append(" and exists (select 1 from PeerAssignment a where a.peerId = p.id and a.staffId = :me)");
                params.put("me", scope.coachStaffId());
            } else {
                query.append(" and p.participantSubject = :subject");
                params.put("subject", scope.participantSubject());
            }
        }
        if (filter.status() != null) {
            query.append(" and p.status = :status");
            params.put("status", filter.status());
        }
        if (filter.coachId() != null) {
            query.append(" and exists (select 1 from PeerAssignment c where c.peerId = p.id and c.staffId = :coach)");
            params.put("coach", filter.coachId());
        }
        if (filter.nameContains() != null) {
            query.append(" and lower(p.preferredName) like :name escape '\\'");
            params.put("name", "%" + escapeLike(filter.nameContains().toLowerCase()) + "%");
        }
        if (afterTime != null) {
            query.append(" and (p.createdAt > :afterTime or (p.createdAt = :afterTime and p.id > :afterId))");
            params.put("afterTime", afterTime);
            params.put("afterId", afterId);
        }
        query.append(" order by p.createdAt, p.id");
        return find(query.toString(), params).page(0, limit).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
