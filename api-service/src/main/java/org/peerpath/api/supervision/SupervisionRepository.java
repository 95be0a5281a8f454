package org.peerpath.api.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class SupervisionRepository implements PanacheRepositoryBase<SupervisionAssignment, UUID> {

    public Optional<SupervisionAssignment> findInOrganization(String organization, UUID id) {
        return find("organizationId = ?1 and id = ?2", organization, id).firstResultOptional();
    }

    public Optional<SupervisionAssignment> find(String organization, UUID supervisorId, UUID coachId) {
        return find("organizationId = ?1 and supervisorStaffId = ?2 and coachStaffId = ?3", organization,
                supervisorId, coachId).firstResultOptional();
    }

    /** The organization's assignments, optionally of one supervisor and/or one coach, oldest first (keyset). */
    List<SupervisionAssignment> page(String organization, UUID supervisorId, UUID coachId, Instant afterTime,
            UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("organizationId = :org");
        Parameters parameters = Parameters.with("org", organization);
        if (supervisorId != null) {
            query.append(" and supervisorStaffId = :supervisor");
            parameters.and("supervisor", supervisorId);
        }
        if (coachId != null) {
            query.append(" and coachStaffId = :coach");
            parameters.and("coach", coachId);
        }
        if (afterTime != null) {
            query.append(" and (assignedAt > :afterTime or (assignedAt = :afterTime and id > :afterId))");
            parameters.and("afterTime", afterTime).and("afterId", afterId);
        }
        return find(query + " order by assignedAt, id", parameters).page(0, limit).list();
    }
}
