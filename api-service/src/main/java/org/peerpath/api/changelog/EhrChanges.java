package org.peerpath.api.changelog;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.peerpath.api.common.time.Now;

/**
 * Appends to the change feed in the caller's transaction; the row carries that transaction's id
 * ({@code pg_current_xact_id()}), which is how readers know when it is safe to pass it.
 */
@ApplicationScoped
public class EhrChanges {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String organization, UUID peerId, EhrChangeKind kind, UUID documentId, UUID consentId) {
        entityManager.createNativeQuery("""
                insert into ehr_change (organization_id, peer_id, kind, document_id, consent_id, occurred_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, organization)
                .setParameter(2, peerId)
                .setParameter(3, kind.name())
                .setParameter(4, documentId)
                .setParameter(5, consentId)
                .setParameter(6, Now.instant())
                .executeUpdate();
    }
}
