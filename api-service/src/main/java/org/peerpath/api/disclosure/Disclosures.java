package org.peerpath.api.disclosure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.common.time.Now;
import org.peerpath.api.consent.Consent;
import org.peerpath.api.staff.Actor;

/**
 * Records disclosures to EHR clients. Every EHR path calls it in the transaction that reads the records it hands
 * out, so a disclosure is never made without its accounting, and no accounting lists a disclosure that rolled back.
 */
@ApplicationScoped
public class Disclosures {

    /** The references kept per disclosure; a larger one (an export) keeps the first ones and its count. */
    public static final int MAX_REFS = 100;

    @Inject
    DisclosureRepository disclosures;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, Consent consent, DisclosureChannel channel, String description,
            List<String> resourceRefs) {
        Disclosure disclosure = new Disclosure();
        disclosure.id = UUID.randomUUID();
        disclosure.organizationId = actor.organization();
        disclosure.peerId = consent.peerId;
        disclosure.consentId = consent.id;
        disclosure.clientId = actor.client();
        disclosure.recipientName = consent.recipientName;
        disclosure.channel = channel;
        disclosure.purpose = consent.purpose;
        disclosure.description = description.length() > 1000 ? description.substring(0, 1000) : description;
        disclosure.resourceRefs = List.copyOf(resourceRefs.subList(0, Math.min(MAX_REFS, resourceRefs.size())));
        disclosure.disclosedAt = Now.instant();
        disclosures.persist(disclosure);
    }

    /** A record for a delivery made by the service itself (a webhook), where no request has an actor. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDelivery(Consent consent, String clientId, DisclosureChannel channel, String description,
            List<String> resourceRefs) {
        Disclosure disclosure = new Disclosure();
        disclosure.id = UUID.randomUUID();
        disclosure.organizationId = consent.organizationId;
        disclosure.peerId = consent.peerId;
        disclosure.consentId = consent.id;
        disclosure.clientId = clientId;
        disclosure.recipientName = consent.recipientName;
        disclosure.channel = channel;
        disclosure.purpose = consent.purpose;
        disclosure.description = description.length() > 1000 ? description.substring(0, 1000) : description;
        disclosure.resourceRefs = List.copyOf(resourceRefs.subList(0, Math.min(MAX_REFS, resourceRefs.size())));
        disclosure.disclosedAt = Now.instant();
        disclosures.persist(disclosure);
    }
}
