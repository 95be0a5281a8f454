package org.peerpath.api.servicetime;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ServiceTimeRepository implements PanacheRepositoryBase<ServiceTimeClaim, UUID> {

    /**
     * Blocks until this transaction holds the party's lock; released at commit or rollback. Ids are unique across
     * people, so the key is the id, hashed into PostgreSQL's one-bigint advisory key space.
     */
    void lock(Party party) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "service-time:" + party.id()).getSingleResult();
    }

    /**
     * Claims of these parties that overlap [start, end), earliest first (a peer's before a coach's of the same
     * service); answered from the exclusion constraint's index.
     */
    @SuppressWarnings("unchecked")
    List<ServiceTimeClaim> overlapping(String organization, Collection<UUID> partyIds, Instant start,
            Instant end) {
        return getEntityManager().createNativeQuery("select * from service_time_claim c"
                + " where c.party_id in (:ids) and c.during && tstzrange(:start, :end, '[)')"
                + " and c.organization_id = :org order by c.started_at, c.session_id, c.party_kind", ServiceTimeClaim.class)
                .setParameter("ids", partyIds).setParameter("start", start).setParameter("end", end)
                .setParameter("org", organization).getResultList();
    }
}
