package org.peerpath.api.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    /** Events of one organization matching the filter, oldest first, after the keyset position, {@code limit} rows. */
    public List<AuditEvent> list(String organization, AuditFilter filter, Instant afterTime, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("organizationId = :org");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organization);
        if (filter.peerId() != null) {
            query.append(" and peerId = :peer");
            params.put("peer", filter.peerId());
        }
        if (filter.actorSubject() != null) {
            query.append(" and actorSubject = :actor");
            params.put("actor", filter.actorSubject());
        }
        if (filter.resourceType() != null) {
            query.append(" and resourceType = :type");
            params.put("type", filter.resourceType());
        }
        if (filter.resourceId() != null) {
            query.append(" and resourceId = :resource");
            params.put("resource", filter.resourceId());
        }
        if (filter.action() != null) {
            query.append(" and action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            query.append(" and occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and occurredAt < :to");
            params.put("to", filter.to());
        }
        if (afterTime != null) {
            query.append(" and (occurredAt > :afterTime or (occurredAt = :afterTime and id > :afterId))");
            params.put("afterTime", afterTime);
            params.put("afterId", afterId);
        }
        query.append(" order by occurredAt, id");
        return find(query.toString(), params).page(0, limit).list();
    }
}
