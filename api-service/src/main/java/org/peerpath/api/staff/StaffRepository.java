package org.peerpath.api.staff;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<Staff, UUID> {

    /** Creates the staff record of a subject unless it exists; safe when two first requests race. */
    public void insertIfAbsent(String organization, String subject, String name, String credentials,
            String rolesJson, Instant now) {
        getEntityManager().createNativeQuery("""
                insert into staff (id, organization_id, subject, display_name, credentials, roles, active,
                                   created_at, updated_at, version)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), true, ?7, ?7, 0)
                on conflict (organization_id, subject) do nothing""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, organization)
                .setParameter(3, subject)
                .setParameter(4, name)
                .setParameter(5, credentials)
                .setParameter(6, rolesJson)
                .setParameter(7, now)
                .executeUpdate();
    }

    public Optional<Staff> findBySubject(String organization, String subject) {
        return find("organizationId = ?1 and subject = ?2", organization, subject).firstResultOptional();
    }

    public Optional<Staff> findInOrganization(String organization, UUID id) {
        return find("organizationId = ?1 and id = ?2", organization, id).firstResultOptional();
    }

    public List<Staff> findAllInOrganization(String organization, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("organizationId = ?1 and id in ?2", organization, ids);
    }

    /** Staff of an organization by display name then id, after the keyset position. */
    public List<Staff> page(String organization, String afterName, UUID afterId, int limit) {
        if (afterName == null) {
            return find("organizationId = ?1 order by displayName, id", organization).page(0, limit).list();
        }
        return find("organizationId = ?1 and (displayName > ?2 or (displayName = ?2 and id > ?3)) "
                + "order by displayName, id", organization, afterName, afterId).page(0, limit).list();
    }
}
