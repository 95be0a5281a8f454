package org.peerpath.api.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.consent.ConsentGate;
import org.peerpath.api.consent.Consent;
import org.peerpath.api.consent.ConsentScope;
import org.peerpath.api.disclosure.DisclosureChannel;
import org.peerpath.api.disclosure.Disclosures;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.sync.ChangeFeed;
import org.peerpath.api.changelog.ChangeRow;
import org.peerpath.api.changelog.EhrChangeKind;
import org.peerpath.api.changelog.FeedPosition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers outbox events (the change feed) to each active endpoint, in feed order, at least once.
 * <p>
 * Each endpoint keeps its own position in the outbox. A tick locks the endpoints that are due ({@code for update
 * skip locked}, so several instances never deliver to one endpoint at once), sends the next event, and only after a
 * 2xx moves the position on; a failure is logged and retried with exponential backoff and jitter, blocking later
 * events of that endpoint so they stay in order. The position and the log commit with the attempt, so a restart
 * loses nothing; a crash between a 2xx and the commit sends the event again (at least once: receivers de-duplicate
 * on {@code webhook-id}).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int EVENTS_PER_TICK = 20;

    @Inject
    WebhookTargets targets;

    @Inject
    EntityManager entityManager;

    @Inject
    ChangeFeed feed;

    @Inject
    ConsentGate gate;

    @Inject
    Disclosures disclosures;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "peerpath.webhooks.backoff-base", defaultValue = "PT5S")
    Duration backoffBase;

    @ConfigProperty(name = "peerpath.webhooks.backoff-max", defaultValue = "PT1H")
    Duration backoffMax;

    @ConfigProperty(name = "peerpath.webhooks.timeout", defaultValue = "PT10S")
    Duration timeout;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Scheduled(every = "${peerpath.webhooks.dispatch-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        dispatchDue();
    }

    /** Delivers what is due to every endpoint; answers how many events were delivered. */
    public int dispatchDue() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select e.id from WebhookEndpoint e where e.active = true and (e.nextAttemptAt is null or "
                        + "e.nextAttemptAt <= :now)", UUID.class)
                .setParameter("now", Instant.now()).getResultList());
        int delivered = 0;
        for (UUID endpointId : due) {
            for (int i = 0; i < EVENTS_PER_TICK; i++) {
                Boolean sent = QuarkusTransaction.requiringNew().call(() -> deliverNext(endpointId));
                if (sent == null || !sent) {
                    break;
                }
                delivered++;
            }
        }
        return delivered;
    }

    /** Sends the endpoint's next event; true when one was delivered, false when none is waiting or it failed. */
    Boolean deliverNext(UUID endpointId) {
        // another instance (or tick) delivering to this endpoint holds the lock: leave the endpoint to it
        if (entityManager.createNativeQuery("select id from webhook_endpoint where id = ?1 for update skip locked")
                .setParameter(1, endpointId).getResultList().isEmpty()) {
            return false;
        }
        WebhookEndpoint endpoint = entityManager.find(WebhookEndpoint.class, endpointId);
        if (endpoint == null || !endpoint.active) {
            return false;
        }
        if (endpoint.nextAttemptAt != null && endpoint.nextAttemptAt.isAfter(Instant.now())) {
            return false;
        }
        Actor client = clientOf(endpoint);
        Optional<ChangeRow> next = nextEvent(endpoint, client);
        if (next.isEmpty()) {
            return false;
        }
        ChangeRow row = next.get();
        WebhookEventType type = WebhookEventType.of(row.kind());
        String eventId = eventId(row);
        String payload = payload(type, row, eventId);
        WebhookDelivery delivery = send(endpoint, eventId, type.wireName(), row.peerId(), payload,
                endpoint.failures + 1, false);
        if (delivery.outcome == WebhookDelivery.Outcome.DELIVERED) {
            endpoint.cursorTx = row.txId();
            endpoint.cursorSeq = row.seq();
            endpoint.failures = 0;
            endpoint.nextAttemptAt = null;
            if (row.documentId() != null && row.kind() != EhrChangeKind.DOCUMENT_WITHDRAWN) {
                Consent consent = gate.consents(client, List.of(row.peerId()), ConsentScope.NOTES).get(row.peerId());
                if (consent != null) {
                    disclose(consent, endpoint, type, row);
                }
            }
            return true;
        }
        endpoint.failures++;
        endpoint.nextAttemptAt = Instant.now().plus(backoff(endpoint.failures));
        return false;
    }

    /** Sends a logged event again, now, with its original id and body (the receiver de-duplicates on the id). */
    WebhookDelivery replay(WebhookEndpoint endpoint, WebhookDelivery original) {
        return send(endpoint, original.eventId, original.eventType, original.peerId, original.payload,
                original.attempt, true);
    }

    private void disclose(Consent consent, WebhookEndpoint endpoint, WebhookEventType type, ChangeRow row) {
        disclosures.recordDelivery(consent, endpoint.clientId, DisclosureChannel.WEBHOOK,
                "Event " + type.wireName() + " (webhook)", List.of("DocumentReference/" + row.documentId()));
    }

    private Optional<ChangeRow> nextEvent(WebhookEndpoint endpoint, Actor client) {
        return feed.read(client, FeedPosition.of(endpoint.cursorTx, endpoint.cursorSeq),
                endpoint.eventTypes.stream().map(WebhookEventType::kind).toList(), 1).stream().findFirst();
    }

    private WebhookDelivery send(WebhookEndpoint endpoint, String eventId, String type, UUID peerId, String payload,
            int attempt, boolean replay) {
        long timestamp = Instant.now().getEpochSecond();
        StringBuilder signatures = new StringBuilder(WebhookSignatures.sign(endpoint.secret, eventId, timestamp,
                payload));
        if (endpoint.previousSecret != null && endpoint.previousSecretExpiresAt != null
                && endpoint.previousSecretExpiresAt.isAfter(Instant.now())) {
            signatures.append(' ').append(WebhookSignatures.sign(endpoint.previousSecret, eventId, timestamp, payload));
        }
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.organizationId = endpoint.organizationId;
        delivery.endpointId = endpoint.id;
        delivery.eventId = eventId;
        delivery.eventType = type;
        delivery.peerId = peerId;
        delivery.attempt = attempt;
        delivery.replay = replay;
        delivery.payload = payload;
        delivery.attemptedAt = Now.instant();
        long started = System.nanoTime();
        try {
            if (!targets.isAllowed(endpoint.url)) {
                throw new IOException("the endpoint's host resolves to a private address");
            }
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(endpoint.url))
                    .timeout(timeout)
                    .header("content-type", "application/json")
                    .header("user-agent", "PeerPath-Webhooks/1")
                    .header("webhook-id", eventId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signatures.toString())
                    .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.discarding());
            delivery.statusCode = response.statusCode();
            boolean ok = response.statusCode() >= 200 && response.statusCode() < 300;
            delivery.outcome = ok ? WebhookDelivery.Outcome.DELIVERED : WebhookDelivery.Outcome.FAILED;
            delivery.error = ok ? null : "The receiver answered " + response.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            delivery.outcome = WebhookDelivery.Outcome.FAILED;
            delivery.error = "Not delivered: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivery.outcome = WebhookDelivery.Outcome.FAILED;
            delivery.error = "Interrupted";
        }
        delivery.durationMs = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
        entityManager.persist(delivery);
        if (delivery.outcome == WebhookDelivery.Outcome.FAILED) {
            LOG.debugf("Webhook %s to endpoint %s failed (attempt %d)", eventId, endpoint.id, attempt);
        }
        return delivery;
    }

    /** Exponential backoff with full jitter above half the step: base·2^(n−1), capped. */
    Duration backoff(int failures) {
        long base = backoffBase.toMillis();
        long step = Math.min(backoffMax.toMillis(), base * (1L << Math.min(20, failures - 1)));
        return Duration.ofMillis(step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1));
    }

    /** A stable id per event: the same on every attempt and replay. */
    static String eventId(ChangeRow row) {
        return "evt_" + row.txId() + "_" + row.seq();
    }

    private String payload(WebhookEventType type, ChangeRow row, String eventId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("peerId", row.peerId().toString());
        data.put("patient", "Patient/" + row.peerId());
        if (row.documentId() != null) {
            data.put("documentId", row.documentId().toString());
            data.put("resource", "DocumentReference/" + row.documentId());
        }
        if (row.consentId() != null) {
            data.put("consentId", row.consentId().toString());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.wireName());
        body.put("timestamp", row.occurredAt().toString());
        body.put("id", eventId);
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Actor clientOf(WebhookEndpoint endpoint) {
        return new Actor(endpoint.organizationId, "webhook:" + endpoint.id, "webhook", Set.of(), Optional.empty(),
                Optional.empty(), endpoint.clientId, Optional.empty());
    }
}
