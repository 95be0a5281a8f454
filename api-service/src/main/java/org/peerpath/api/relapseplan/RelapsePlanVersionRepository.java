package org.peerpath.api.relapseplan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RelapsePlanVersionRepository implements PanacheRepositoryBase<RelapsePlanVersion, UUID> {

    public Optional<RelapsePlanVersion> find(String organization, UUID planId, int number) {
        return find("organizationId = ?1 and planId = ?2 and number = ?3", organization, planId, number)
                .firstResultOptional();
    }

    /** The current version of each plan, by plan id, in one query. */
    public Map<UUID, RelapsePlanVersion> currentOf(String organization, Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select v from RelapsePlanVersion v, RelapsePlan p "
                + "where p.organizationId = ?1 and p.id in ?2 and v.organizationId = ?1 and v.planId = p.id "
                + "and v.number = p.currentVersion", RelapsePlanVersion.class)
                .setParameter(1, organization).setParameter(2, planIds).getResultStream()
                .collect(Collectors.toMap(version -> version.planId, Function.identity()));
    }

    /** Versions newest first, below {@code beforeNumber} when given; {@code limit} rows at most. */
    public List<RelapsePlanVersion> page(String organization, UUID planId, Integer beforeNumber, int limit) {
        if (beforeNumber == null) {
            return find("organizationId = ?1 and planId = ?2 order by number desc", organization, planId)
                    .page(0, limit).list();
        }
        return find("organizationId = ?1 and planId = ?2 and number < ?3 order by number desc", organization, planId,
                beforeNumber).page(0, limit).list();
    }
}
