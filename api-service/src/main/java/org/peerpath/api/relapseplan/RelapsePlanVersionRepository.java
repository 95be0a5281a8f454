package org.peerpath.api.relapseplan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RelapsePlanVersionRepository implements PanacheRepositoryBase<RelapsePlanVersion, UUID> {

    public Optional<RelapsePlanVersion> find(String organization, UUID planId, int number) {
        return find("organizationId = ?1 and planId = ?2 and number = ?3", organization, planId, number)
                .firstResultOptional();
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
