package org.peerpath.api.consent;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    /**
     * The condition under which a consent row names client {@code :client}, directly or through the organization the
     * client acts for; SQL over table alias {@code c}, parameters {@code :org} and {@code :client}.
     */
    static final String NAMES_CLIENT = """
            (c.recipient_client_id = :client or c.recipient_organization in (
                select e.recipient_organization from ehr_client e
                where e.organization_id = :org and e.client_id = :client))""";

    /**
     * The condition of a consent in effect at {@code :now} that covers {@code :scope} (a JSON array of one scope, or
     * an empty array for any).
     */
    static final String IN_EFFECT = """
            c.revoked_at is null and c.effective_from <= :now and (c.expires_at is null or c.expires_at > :now)
            and c.scopes @> cast(:scope as jsonb)""";

    /** The {@code :scope} parameter: one scope, or any for null. */
    static String scopeParameter(ConsentScope scope) {
        return scope == null ? "[]" : "[\"" + scope.name() + "\"]";
    }

    public Optional<Consent> findInOrganization(String organization, UUID id) {
        return find("organizationId = ?1 and id = ?2", organization, id).firstResultOptional();
    }

    public Optional<Consent> findForUpdate(String organization, UUID id) {
        return find("organizationId = ?1 and id = ?2", organization, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * The consents in effect that let {@code client} receive {@code scope} (any, for null) of these peers' records,
     * oldest first, locked in share mode: a revocation waits until this transaction (and the disclosure it records)
     * has committed, and every disclosure after the revocation commits sees it.
     */
    public List<Consent> activeFor(String organization, Collection<UUID> peerIds, String client, ConsentScope scope,
            Instant now) {
        @SuppressWarnings("unchecked")
        List<Consent> rows = getEntityManager().createNativeQuery("select c.* from consent c "
                + "where c.organization_id = :org and c.peer_id in (:peers) and " + IN_EFFECT + " and " + NAMES_CLIENT
                + " order by c.created_at, c.id for share of c", Consent.class)
                .setParameter("org", organization)
                .setParameter("peers", peerIds)
                .setParameter("client", client)
                .setParameter("now", now)
                .setParameter("scope", scopeParameter(scope))
                .getResultList();
        return rows;
    }

    /** Consents of the organization, oldest first, optionally of one peer, after the keyset position. */
    public List<Consent> page(String organization, UUID peerId, Instant afterTime, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("organizationId = :org");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organization);
        if (peerId != null) {
            query.append(" and peerId = :peer");
            params.put("peer", peerId);
        }
        if (afterTime != null) {
            query.append(" and (createdAt > :afterTime or (createdAt = :afterTime and id > :afterId))");
            params.put("afterTime", afterTime);
            params.put("afterId", afterId);
        }
        query.append(" order by createdAt, id");
        return find(query.toString(), params).page(0, limit).list();
    }
}
