package org.peerpath.api.consent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.peerpath.api.changelog.EhrChangeKind;
import org.peerpath.api.changelog.EhrChanges;
import org.peerpath.api.common.time.Now;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Tells the EHR side of consents as time passes: a future-dated consent is announced (CONSENT_GRANTED, so a feed
 * event and a {@code consent.granted} webhook) when it takes effect, and an expiry is announced as a revocation
 * (CONSENT_REVOKED), the tombstone that tells the EHR to stop using the person's records. A consent that expired
 * before it was ever announced named nobody, so nothing is said of it.
 * <p>
 * Every replica runs the step. Each batch locks the consents it announces with {@code for update skip locked}, so
 * two replicas never announce the same consent, and marks them in the transaction that appends the change, so an
 * announcement is made exactly once. A consent comes due at most one tick late (the tick's period, 30 seconds by
 * default); until it is announced, FHIR and the export already treat it by its dates.
 */
@ApplicationScoped
public class ConsentClock {

    private static final int BATCH = 100;

    @Inject
    EntityManager entityManager;

    @Inject
    EhrChanges changes;

    @Scheduled(every = "${peerpath.consent.announce-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        announceDue();
    }

    /** Announces the consents that took effect and the expiries that passed; answers how many changes it made. */
    public int announceDue() {
        int announced = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> announce("announced_at is null and "
                    + "effective_from <= :now and (expires_at is null or expires_at > :now)", "announced_at",
                    EhrChangeKind.CONSENT_GRANTED));
            announced += batch;
        } while (batch == BATCH);
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> announce("announced_at is not null and "
                    + "expiry_announced_at is null and expires_at <= :now", "expiry_announced_at",
                    EhrChangeKind.CONSENT_REVOKED));
            announced += batch;
        } while (batch == BATCH);
        return announced;
    }

    private int announce(String due, String mark, EhrChangeKind kind) {
        Instant now = Now.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select cast(id as text), organization_id, "
                + "cast(peer_id as text) from consent where revoked_at is null and " + due
                + " order by id limit " + BATCH + " for update skip locked")
                .setParameter("now", now).getResultList();
        for (Object[] row : rows) {
            UUID id = UUID.fromString((String) row[0]);
            entityManager.createNativeQuery("update consent set " + mark + " = :now where id = :id")
                    .setParameter("now", now).setParameter("id", id).executeUpdate();
            changes.append((String) row[1], UUID.fromString((String) row[2]), kind, null, id);
        }
        return rows.size();
    }
}
