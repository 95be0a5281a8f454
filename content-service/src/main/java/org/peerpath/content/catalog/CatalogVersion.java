package org.peerpath.content.catalog;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The curriculum's version: one number bumped by every publish. ETags and the in-process cache are keyed by it, so
 * no instance serves content a publish replaced, whichever instance published it. It is read from the database at
 * most once per {@link #TTL_MILLIS}, so a publish elsewhere shows here within that time.
 */
@ApplicationScoped
public class CatalogVersion {

    static final long TTL_MILLIS = 1000;

    @Inject
    EntityManager entityManager;

    private final AtomicLong cached = new AtomicLong(-1);
    private volatile long readAt;

    @Transactional(Transactional.TxType.SUPPORTS)
    public long current() {
        long now = System.currentTimeMillis();
        if (cached.get() < 0 || now - readAt > TTL_MILLIS) {
            Number version = (Number) entityManager
                    .createNativeQuery("select version from catalog_version where id = 1").getSingleResult();
            cached.set(version.longValue());
            readAt = now;
        }
        return cached.get();
    }

    /** Called inside the publishing transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        entityManager.createNativeQuery("update catalog_version set version = version + 1 where id = 1")
                .executeUpdate();
        cached.set(-1);
    }
}
