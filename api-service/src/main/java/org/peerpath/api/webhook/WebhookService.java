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
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.common.http.Versioned;
import org.peerpath.api.common.idempotency.IdempotentRequests;
import org.peerpath.api.common.idempotency.Outcome;
import org.peerpath.api.common.json.Patches;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.consent.EhrClient;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.common.error.NotFoundProblem;
import org.peerpath.common.error.ProblemException;
import org.peerpath.common.http.EntityTags;
import org.peerpath.common.paging.Cursor;
import org.peerpath.common.paging.PageRequest;
import org.peerpath.common.paging.PagedResponses;
import org.peerpath.model.paging.Page;
import org.peerpath.model.problem.FieldError;
import org.peerpath.model.problem.ProblemType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Webhook endpoints of the agency: registered (for one of the agency's EHR clients), listed, changed, disabled,
 * deleted, rotated and replayed by its org-admins.
 */
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

    @Inject
    Patches patches;

    public Outcome<WebhookResponse> create(CreateWebhookRequest request, String idempotencyKey) {
        Actor actor = currentActor.get();
        targets.requireAllowed(request.url().strip());
        requireOwnClient(actor, request.clientId().strip());
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

    public Versioned<WebhookResponse> get(UUID id) {
        WebhookEndpoint endpoint = require(currentActor.get(), id);
        return new Versioned<>(WebhookResponse.of(endpoint, false), endpoint.version);
    }

    /**
     * Changes an endpoint (JSON merge patch). Disabling stops deliveries and keeps the endpoint's place in the event
     * stream; enabling again clears the back-off, so what was committed meanwhile goes out at once, in order.
     */
    public Versioned<WebhookResponse> update(UUID id, JsonNode patch, String ifMatch) {
        Actor actor = currentActor.get();
        WebhookEndpoint endpoint = requireForUpdate(actor, id);
        EntityTags.requireMatch(ifMatch, Versioned.etag(endpoint.version));
        WebhookUpdate changed = patches.apply(WebhookUpdate.of(endpoint), patch, WebhookUpdate.class);
        String url = changed.url().strip();
        if (!url.equals(endpoint.url)) {
            targets.requireAllowed(url);
        }
        if (changed.active() && !endpoint.active) {
            endpoint.failures = 0;
            endpoint.nextAttemptAt = null;
        }
        endpoint.url = url;
        endpoint.eventTypes = new ArrayList<>(new LinkedHashSet<>(changed.eventTypes()));
        endpoint.description = changed.description();
        endpoint.active = changed.active();
        endpoint.updatedAt = Now.instant();
        entityManager.flush();
        audit.success(actor, AuditAction.UPDATE, AuditResourceType.EHR_CLIENT, endpoint.id, null);
        return new Versioned<>(WebhookResponse.of(endpoint, false), endpoint.version);
    }

    /**
     * Deletes an endpoint with its delivery log. Events it had not received yet are not sent to anyone (they stay in
     * the change feed); each delivered disclosure stays in the accounting of disclosures, which does not depend on
     * the log. A delivery in flight finishes first: the delete waits for the endpoint's row lock.
     */
    public void delete(UUID id, String ifMatch) {
        Actor actor = currentActor.get();
        WebhookEndpoint endpoint = requireForUpdate(actor, id);
        EntityTags.requireMatch(ifMatch, Versioned.etag(endpoint.version));
        entityManager.createQuery("delete from WebhookDelivery where endpointId = :endpoint")
                .setParameter("endpoint", endpoint.id).executeUpdate();
        entityManager.remove(endpoint);
        entityManager.flush();
        audit.success(actor, AuditAction.DELETE, AuditResourceType.EHR_CLIENT, endpoint.id, null);
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
                    WebhookEndpoint endpoint = requireForUpdate(actor, id);
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

    /** An endpoint may name only an EHR client its agency registered: events go out under that client's consents. */
    private void requireOwnClient(Actor actor, String clientId) {
        EhrClient.Key key = new EhrClient.Key();
        key.organizationId = actor.organization();
        key.clientId = clientId;
        if (entityManager.find(EhrClient.class, key) == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The endpoint names no EHR client of this agency.",
                    List.of(new FieldError("clientId", "is not an EHR client registered by this agency")));
        }
    }

    /** The endpoint, locked as the dispatcher locks it while delivering, so a change never meets a delivery. */
    private WebhookEndpoint requireForUpdate(Actor actor, UUID id) {
        return require(actor, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private WebhookEndpoint require(Actor actor, UUID id) {
        return require(actor, id, LockModeType.NONE);
    }

    private WebhookEndpoint require(Actor actor, UUID id, LockModeType lock) {
        WebhookEndpoint endpoint = entityManager.find(WebhookEndpoint.class, id, lock);
        if (endpoint == null || !endpoint.organizationId.equals(actor.organization())) {
            throw new NotFoundProblem("webhook", id);
        }
        return endpoint;
    }
}
