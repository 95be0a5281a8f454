package org.peerpath.api.webhook;

import org.peerpath.api.audit.AuditResourceType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.common.idempotency.IdempotentRequests;
import org.peerpath.api.common.idempotency.Outcome;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.paging.Cursor;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;

/** Webhook endpoints of the agency: registered, listed, rotated and replayed by its org-admins. */
@ApplicationScoped
@Transactional
public class WebhookService {

    /** How long the previous secret keeps signing after a rotation, so receivers can switch without a gap. */
    static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

    @Inject
    CurrentActor currentActor;

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    AuditLog audit;

    @Inject
    WebhookTargets targets;

    public Outcome<WebhookResponse> create(CreateWebhookRequest request, String idempotencyKey) {
        Actor actor = currentActor.get();
        targets.requireAllowed(request.url().strip());
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "createWebhook", request,
                WebhookResponse.class, () -> {
                    Instant now = Now.instant();
                    WebhookEndpoint endpoint = new WebhookEndpoint();
                    endpoint.id = UUID.randomUUID();
                    endpoint.organizationId = actor.organization();
                    endpoint.url = request.url().strip();
                    endpoint.clientId = request.clientId().strip();
                    endpoint.description = request.description();
                    endpoint.eventTypes = new ArrayList<>(new LinkedHashSet<>(request.eventTypes()));
                    endpoint.secret = WebhookSignatures.newSecret();
                    // from now on: past every finished change, before any change still in flight
                    long watermark = ((Number) entityManager.createNativeQuery(
                            "select cast(cast(pg_snapshot_xmin(pg_current_snapshot()) as text) as bigint)")
                            .getSingleResult()).longValue();
                    endpoint.cursorTx = watermark - 1;
                    endpoint.cursorSeq = Long.MAX_VALUE;
                    endpoint.createdBy = actor.subject();
                    endpoint.createdAt = now;
                    endpoint.updatedAt = now;
                    entityManager.persist(endpoint);
                    audit.success(actor, AuditAction.CREATE, AuditResourceType.EHR_CLIENT, endpoint.id, null);
                    return Outcome.created(WebhookResponse.of(endpoint, true), "v1/webhooks/" + endpoint.id, null);
                });
    }

    public WebhookResponse get(UUID id) {
        return WebhookResponse.of(require(currentActor.get(), id), false);
    }

    public Page<WebhookResponse> list(PageRequest page) {
        Actor actor = currentActor.get();
        Instant afterTime = Instant.EPOCH;
        UUID afterId = new UUID(0, 0);
        if (!page.isFirst()) {
            List<String> keys = Cursor.decode(page.cursor, 2);
            try {
                afterTime = Instant.parse(keys.get(0));
                afterId = UUID.fromString(keys.get(1));
            } catch (RuntimeException notOurs) {
                throw ProblemException.invalidField("cursor", "is not a cursor issued by this list");
            }
        }
        List<WebhookEndpoint> rows = entityManager.createQuery("from WebhookEndpoint where organizationId = :org and "
                + "(createdAt > :t or (createdAt = :t and id > :id)) order by createdAt, id", WebhookEndpoint.class)
                .setParameter("org", actor.organization()).setParameter("t", afterTime).setParameter("id", afterId)
                .setMaxResults(page.limit + 1).getResultList();
        return PagedResponses.page(rows, page.limit, row -> Cursor.encode(row.createdAt.toString(), row.id.toString()),
                row -> WebhookResponse.of(row, false));
    }

    public Outcome<WebhookResponse> rotateSecret(UUID id, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey, "rotateWebhookSecret " + id,
                id.toString(), WebhookResponse.class, () -> {
                    WebhookEndpoint endpoint = require(actor, id);
                    Instant now = Now.instant();
                    endpoint.previousSecret = endpoint.secret;
                    endpoint.previousSecretExpiresAt = now.plus(ROTATION_OVERLAP);
                    endpoint.secret = WebhookSignatures.newSecret();
                    endpoint.updatedAt = now;
                    audit.success(actor, AuditAction.UPDATE, AuditResourceType.EHR_CLIENT, endpoint.id, null);
                    return new Outcome<>(200, WebhookResponse.of(endpoint, true), null, null, false);
                });
    }

    public Page<DeliveryResponse> deliveries(UUID id, PageRequest page) {
        Actor actor = currentActor.get();
        WebhookEndpoint endpoint = require(actor, id);
        Instant beforeTime = Instant.parse("9999-12-31T00:00:00Z");
        UUID beforeId = new UUID(-1, -1);
        if (!page.isFirst()) {
            List<String> keys = Cursor.decode(page.cursor, 2);
            try {
                beforeTime = Instant.parse(keys.get(0));
                beforeId = UUID.fromString(keys.get(1));
            } catch (RuntimeException notOurs) {
                throw ProblemException.invalidField("cursor", "is not a cursor issued by this list");
            }
        }
        List<WebhookDelivery> rows = entityManager.createQuery("from WebhookDelivery where endpointId = :endpoint and "
                + "(attemptedAt < :t or (attemptedAt = :t and id < :id)) order by attemptedAt desc, id desc",
                WebhookDelivery.class)
                .setParameter("endpoint", endpoint.id).setParameter("t", beforeTime).setParameter("id", beforeId)
                .setMaxResults(page.limit + 1).getResultList();
        return PagedResponses.page(rows, page.limit,
                row -> Cursor.encode(row.attemptedAt.toString(), row.id.toString()), DeliveryResponse::of);
    }

    public Outcome<DeliveryResponse> replay(UUID id, UUID deliveryId, String idempotencyKey) {
        Actor actor = currentActor.get();
        return idempotent.run(actor.organization(), actor.subject(), idempotencyKey,
                "replayWebhookDelivery " + id + " " + deliveryId, deliveryId.toString(), DeliveryResponse.class, () -> {
                    WebhookEndpoint endpoint = require(actor, id);
                    WebhookDelivery original = entityManager.find(WebhookDelivery.class, deliveryId);
                    if (original == null || !original.endpointId.equals(endpoint.id)) {
                        throw new NotFoundProblem("delivery", deliveryId);
                    }
                    WebhookDelivery replayed = dispatcher.replay(endpoint, original);
                    audit.success(actor, AuditAction.UPDATE, AuditResourceType.EHR_CLIENT, endpoint.id, original.peerId);
                    return new Outcome<>(201, DeliveryResponse.of(replayed), null, null, false);
                });
    }

    private WebhookEndpoint require(Actor actor, UUID id) {
        WebhookEndpoint endpoint = entityManager.find(WebhookEndpoint.class, id);
        if (endpoint == null || !endpoint.organizationId.equals(actor.organization())) {
            throw new NotFoundProblem("webhook", id);
        }
        return endpoint;
    }
}
