package org.peerpath.api.consent;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.staff.Actor;

/**
 * The one rule every EHR path (FHIR, change feed, bulk export, webhooks) asks before it discloses anything about a
 * peer: an {@code ehr-client} caller receives a peer's records of a kind only while a consent naming its client id
 * (its token's {@code azp}), or the organization that client acts for, is in effect and covers that kind. A peer
 * without one does not exist for the client: reads answer 404 and searches leave the peer out.
 */
@ApplicationScoped
public class ConsentGate {

    @Inject
    ConsentRepository consents;

    /**
     * The consent that lets the caller receive {@code scope} of each person's record now (any scope, for null), by
     * peer id, in one query; people without one are absent. Of several, the oldest.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Consent> consents(Actor actor, Collection<UUID> peerIds, ConsentScope scope) {
        List<UUID> wanted = peerIds.stream().filter(Objects::nonNull).distinct().toList();
        if (actor.client() == null || wanted.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Consent> oldestConsent = new HashMap<>();
        consents.activeFor(actor.organization(), wanted, actor.client(), scope, Instant.now())
                .forEach(consent -> oldestConsent.putIfAbsent(consent.peerId, consent));
        return oldestConsent;
    }

    /**
     * The SQL condition (over a column holding a peer id) that the caller may receive {@code scope} of that peer's
     * record, for queries that filter in the database; binds {@code :org}, {@code :client}, {@code :now} and
     * {@code :scope}, see {@link #bind}.
     */
    public static String visibleCondition(String peerIdColumn) {
        return "exists (select 1 from consent c where c.organization_id = :org and c.peer_id = " + peerIdColumn
                + " and " + ConsentRepository.IN_EFFECT + " and " + ConsentRepository.NAMES_CLIENT + ")";
    }

    /**
     * The SQL condition (over a column holding a consent id) that the consent names the caller, in effect or not:
     * the client hears of a consent's changes (granted, revoked) whatever it covers. Binds {@code :org} and
     * {@code :client}.
     */
    public static String namesClientCondition(String consentIdColumn) {
        return "exists (select 1 from consent c where c.id = " + consentIdColumn + " and c.organization_id = :org and "
                + ConsentRepository.NAMES_CLIENT + ")";
    }

    /** Binds the parameters of {@link #visibleCondition} (and of {@link #namesClientCondition}). */
    public static void bind(jakarta.persistence.Query query, Actor actor, ConsentScope scope, Instant now) {
        query.setParameter("org", actor.organization())
                .setParameter("client", actor.client() == null ? "" : actor.client())
                .setParameter("now", now)
                .setParameter("scope", ConsentRepository.scopeParameter(scope));
    }
}
