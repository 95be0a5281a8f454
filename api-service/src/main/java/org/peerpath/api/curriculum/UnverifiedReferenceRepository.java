package org.peerpath.api.curriculum;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class UnverifiedReferenceRepository implements PanacheRepositoryBase<UnverifiedReference, UUID> {

    /** Makes {@code refs} the unverified references of the record (a rewrite of the record replaces them). */
    public void replace(String organization, String ownerType, UUID ownerId, List<String> refs, Instant now) {
        delete("organizationId = ?1 and ownerType = ?2 and ownerId = ?3", organization, ownerType, ownerId);
        for (String ref : refs) {
            UnverifiedReference row = new UnverifiedReference();
            row.id = UUID.randomUUID();
            row.organizationId = organization;
            row.ownerType = ownerType;
            row.ownerId = ownerId;
            row.ref = ref;
            row.recordedAt = now;
            persist(row);
        }
    }

    public List<String> refsOf(String organization, String ownerType, UUID ownerId) {
        return getEntityManager().createQuery("select u.ref from UnverifiedReference u where u.organizationId = ?1 "
                + "and u.ownerType = ?2 and u.ownerId = ?3 and u.foundUnknownAt is null order by u.ref", String.class)
                .setParameter(1, organization).setParameter(2, ownerType).setParameter(3, ownerId).getResultList();
    }

    /** The unverified references of several records of one type at once, by record. */
    public java.util.Map<UUID, List<String>> refsOf(String organization, String ownerType,
            java.util.Collection<UUID> ownerIds) {
        java.util.Map<UUID, List<String>> result = new java.util.HashMap<>();
        if (ownerIds.isEmpty()) {
            return result;
        }
        getEntityManager().createQuery("select u.ownerId, u.ref from UnverifiedReference u where u.organizationId = ?1 "
                + "and u.ownerType = ?2 and u.ownerId in ?3 and u.foundUnknownAt is null order by u.ref",
                Object[].class)
                .setParameter(1, organization).setParameter(2, ownerType).setParameter(3, ownerIds).getResultList()
                .forEach(row -> result.computeIfAbsent((UUID) row[0], id -> new java.util.ArrayList<>())
                        .add((String) row[1]));
        return result;
    }

    /**
     * The oldest references still waiting for a check, a batch at a time, locked until the transaction ends. Rows
     * another replica is checking are skipped, so no two replicas check (and delete) the same reference.
     */
    @SuppressWarnings("unchecked")
    public List<UnverifiedReference> pending(int limit) {
        return getEntityManager().createNativeQuery("select * from unverified_curriculum_reference "
                + "where found_unknown_at is null order by recorded_at limit ?1 for update skip locked",
                UnverifiedReference.class).setParameter(1, limit).getResultList();
    }
}
