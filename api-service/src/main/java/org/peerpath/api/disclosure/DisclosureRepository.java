package org.peerpath.api.disclosure;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DisclosureRepository implements PanacheRepositoryBase<Disclosure, UUID> {

    /** A peer's disclosures, newest first, in {@code [from, to)}, before the keyset position. */
    public List<Disclosure> page(String organization, UUID peerId, Instant from, Instant to, Instant beforeTime,
            UUID beforeId, int limit) {
        StringBuilder query = new StringBuilder("organizationId = :org and peerId = :peer");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organization);
        params.put("peer", peerId);
        if (from != null) {
            query.append(" and disclosedAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            query.append(" and disclosedAt < :to");
            params.put("to", to);
        }
        if (beforeTime != null) {
            query.append(" and (disclosedAt < :beforeTime or (disclosedAt = :beforeTime and id < :beforeId))");
            params.put("beforeTime", beforeTime);
            params.put("beforeId", beforeId);
        }
        query.append(" order by disclosedAt desc, id desc");
        return find(query.toString(), params).page(0, limit).list();
    }
}
