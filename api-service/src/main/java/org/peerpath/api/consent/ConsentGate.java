package org.peerpath.api.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.peer.PeerRepository;
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

    @Inject
    PeerRepository peers;

    /** The peer and the consent that lets the caller receive {@code scope} of their record now (any, for null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ConsentGrant> grant(Actor actor, UUID peerId, ConsentScope scope) {
        return peerId == null ? Optional.empty()
                : Optional.ofNullable(grants(actor, List.of(peerId), scope).get(peerId));
    }

    /**
     * {@link #grant} for several peers at once, by peer id, for searches: two queries however many peers
     * there are. Peers the caller may not receive {@code scope} of are absent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, ConsentGrant> grants(Actor actor, Collection<UUID> peerIds, ConsentScope scope) {
        Map<UUID, Consent> consentsByPeer = consents(actor, peerIds, scope);
        Map<UUID, ConsentGrant> grants = new LinkedHashMap<>();
        peers.findAllInOrganization(actor.organization(), consentsByPeer.keySet())
                .forEach(peer -> grants.put(peer.id, new ConsentGrant(peer, consentsByPeer.get(peer.id))));
        return grants;
    }

    /**
     * The consent behind each grant of {@link #grants}, by peer id, in one query, for paths that need no more of the
     * peer than its id (the change feed): a consent's peer is in its organization, so the peers need not be read.
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

    /** The ids of the peers whose {@code scope} records the caller may receive now, in a stable order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> visiblePeerIds(Actor actor, ConsentScope scope) {
        if (actor.client() == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = consents.getEntityManager().createNativeQuery("select distinct c.peer_id from consent c "
                + "where c.organization_id = :org and " + ConsentRepository.IN_EFFECT + " and "
                + ConsentRepository.NAMES_CLIENT + " order by c.peer_id")
                .setParameter("org", actor.organization())
                .setParameter("client", actor.client())
                .setParameter("now", Instant.now())
                .setParameter("scope", ConsentRepository.scopeParameter(scope))
                .getResultList();
        List<UUID> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row instanceof UUID id ? id : UUID.fromString(row.toString())));
        return ids;
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

    /** Binds the parameters of {@link #visibleCondition}. */
    public static void bind(jakarta.persistence.Query query, Actor actor, ConsentScope scope, Instant now) {
        query.setParameter("org", actor.organization())
                .setParameter("client", actor.client() == null ? "" : actor.client())
                .setParameter("now", now)
                .setParameter("scope", ConsentRepository.scopeParameter(scope));
    }
}
