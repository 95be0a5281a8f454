package org.peerpath.api.audit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.common.time.Now;
import org.peerpath.api.staff.Actor;

/**
 * Writes audit events. A successful read or write is recorded in the caller's transaction, so the event and the change
 * commit or roll back together; a refusal is recorded in a transaction of its own, since the refused request rolls
 * back.
 */
@ApplicationScoped
public class AuditLog {

    /** Why records are used; the only purpose the records API serves so far. */
    public static final String TREATMENT = "TREATMENT";

    @Inject
    AuditRepository events;

    @Transactional(Transactional.TxType.MANDATORY)
    public void success(Actor actor, AuditAction action, AuditResourceType type, UUID resourceId, UUID peerId) {
        events.persist(event(actor, action, type, resourceId, peerId, AuditOutcome.SUCCESS));
    }

    /** One event per peer whose record a list or search returned. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void listed(Actor actor, AuditAction action, AuditResourceType type, List<UUID> resourceIds,
            List<UUID> peerIds) {
        for (int i = 0; i < resourceIds.size(); i++) {
            events.persist(event(actor, action, type, resourceIds.get(i), peerIds.get(i), AuditOutcome.SUCCESS));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(Actor actor, AuditAction action, AuditResourceType type, UUID resourceId, UUID peerId) {
        events.persist(event(actor, action, type, resourceId, peerId, AuditOutcome.DENIED));
    }

    private static AuditEvent event(Actor actor, AuditAction action, AuditResourceType type, UUID resourceId,
            UUID peerId, AuditOutcome outcome) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.organizationId = actor.organization();
        event.occurredAt = Now.instant();
        event.actorSubject = actor.subject();
        event.actorClient = actor.client();
        event.action = action;
        event.resourceType = type;
        event.resourceId = resourceId;
        event.peerId = peerId;
        event.outcome = outcome;
        event.purpose = TREATMENT;
        return event;
    }
}
