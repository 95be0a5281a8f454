package org.peerpath.api.common.idempotency;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyRecord, UUID> {

    /**
     * Claims a key for this caller. A concurrent claim of the same key waits for the first transaction: when that
     * commits, this claim fails (and the stored answer is replayed); when it rolls back, this claim succeeds.
     *
     * @return whether this request claimed the key
     */
    public boolean claim(String organization, String subject, String key, String requestHash) {
        int inserted = getEntityManager().createNativeQuery("""
                insert into idempotency_record (id, organization_id, subject, idempotency_key, request_hash, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (organization_id, subject, idempotency_key) do nothing""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, organization)
                .setParameter(3, subject)
                .setParameter(4, key)
                .setParameter(5, requestHash)
                .setParameter(6, Instant.now())
                .executeUpdate();
        return inserted == 1;
    }

    public Optional<IdempotencyRecord> findKey(String organization, String subject, String key) {
        return find("organizationId = ?1 and subject = ?2 and idempotencyKey = ?3", organization, subject, key)
                .firstResultOptional();
    }
}
