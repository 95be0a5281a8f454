package org.peerpath.api.assessment;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    public Optional<Assessment> findForPeer(String organization, UUID peerId, UUID id) {
        return find("organizationId = ?1 and peerId = ?2 and id = ?3", organization, peerId, id)
                .firstResultOptional();
    }

    /** A peer's assessments, newest first, before the keyset position; {@code limit} rows at most. */
    public List<Assessment> page(String organization, UUID peerId, UUID instrumentId, Instant beforeTime,
            UUID beforeId, int limit) {
        return page(organization, peerId, instrumentId, beforeTime, beforeId, false, limit);
    }

    /** As {@link #page}, only complete assessments when {@code completeOnly}. */
    public List<Assessment> page(String organization, UUID peerId, UUID instrumentId, Instant beforeTime,
            UUID beforeId, boolean completeOnly, int limit) {
        StringBuilder query = new StringBuilder("organizationId = :org and peerId = :peer");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organization);
        params.put("peer", peerId);
        if (instrumentId != null) {
            query.append(" and instrumentId = :instrument");
            params.put("instrument", instrumentId);
        }
        if (completeOnly) {
            query.append(" and complete = true");
        }
        if (beforeTime != null) {
            query.append(" and (administeredAt < :t or (administeredAt = :t and id < :id))");
            params.put("t", beforeTime);
            params.put("id", beforeId);
        }
        query.append(" order by administeredAt desc, id desc");
        return find(query.toString(), params).page(0, limit).list();
    }

    /** The latest {@code limit} complete assessments of a peer on one instrument, newest first. */
    public List<Assessment> latestComplete(String organization, UUID peerId, UUID instrumentId, int limit) {
        return find("organizationId = ?1 and peerId = ?2 and instrumentId = ?3 and complete = true "
                + "order by administeredAt desc, id desc", organization, peerId, instrumentId).page(0, limit).list();
    }

    public long countIncomplete(String organization, UUID peerId, UUID instrumentId) {
        return count("organizationId = ?1 and peerId = ?2 and instrumentId = ?3 and complete = false", organization,
                peerId, instrumentId);
    }
}
