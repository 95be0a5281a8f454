package org.peerpath.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peerpath.client.records.ApiClient;
import org.peerpath.client.records.api.ConsentsApi;
import org.peerpath.client.records.api.PeersApi;
import org.peerpath.client.records.api.WebhooksApi;
import org.peerpath.client.records.model.ConsentPurpose;
import org.peerpath.client.records.model.ConsentScope;
import org.peerpath.client.records.model.CreateConsent;
import org.peerpath.client.records.model.CreatePeer;
import org.peerpath.client.records.model.CreateWebhook;
import org.peerpath.client.records.model.Outcome;
import org.peerpath.client.records.model.RegisterEhrClient;
import org.peerpath.client.records.model.Webhook;
import org.peerpath.client.records.model.WebhookEventType;
import org.peerpath.common.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.exceptions.WebhookVerificationException;

/**
 * api-service's real deliveries, checked by the Java example receiver ({@link StandardWebhooksReceiver}, the
 * Standard Webhooks library): as sent they are accepted; a changed body, a stale timestamp and a secret rotated out
 * are refused. The TypeScript receiver is checked the same way by {@link TypeScriptClientIT}.
 */
@ExtendWith(PackagedStack.class)
class WebhookVerificationIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile String secret = "";

    @Test
    void realDeliveriesVerifyAndTamperedStaleOrRotatedOutOnesDoNot(RunningStack stack) throws Exception {
        ApiClient admin = stack.apiClient(TestTokens.user("e2e-admin-" + UUID.randomUUID(), "org-admin").sign());
        ApiClient coach = stack.apiClient(TestTokens.user("e2e-coach-" + UUID.randomUUID(), "peer-specialist").sign());
        String ehrClient = "e2e-ehr-" + UUID.randomUUID();
        // an endpoint may name only an EHR client the agency registered
        new ConsentsApi(admin).registerEhrClient(new RegisterEhrClient().clientId(ehrClient)
                .recipientOrganization("E2E Health").displayName("E2E EHR"), UUID.randomUUID().toString());
        try (StandardWebhooksReceiver receiver = new StandardWebhooksReceiver(() -> secret)) {
            WebhooksApi webhooks = new WebhooksApi(admin);
            Webhook webhook = webhooks.createWebhook(new CreateWebhook().url(receiver.url()).clientId(ehrClient)
                    .eventTypes(List.of(WebhookEventType.CONSENT_GRANTED)), UUID.randomUUID().toString());
            String first = webhook.getSecret();
            assertThat(first).startsWith("whsec_");
            secret = first;
            UUID peerId = new PeersApi(coach).createPeer(new CreatePeer().preferredName("Robin K."), null).getId();
            ConsentsApi consents = new ConsentsApi(admin);
            CreateConsent consent = new CreateConsent().peerId(peerId).recipientClientId(ehrClient)
                    .recipientName("E2E EHR").purpose(ConsentPurpose.TREATMENT).scopes(List.of(ConsentScope.NOTES));

            var delivery = deliveryOf(receiver, consents.createConsent(consent, UUID.randomUUID().toString()).getId());
            assertThatCode(() -> StandardWebhooksReceiver.verify(delivery, first)).doesNotThrowAnyException();
            assertThat(receiver.accepted()).containsExactly(delivery);
            JsonNode event = JSON.readTree(delivery.body());
            assertThat(event.get("type").asText()).isEqualTo("consent.granted");
            assertThat(event.get("id").asText()).isEqualTo(delivery.headers().get("webhook-id").getFirst());

            var tampered = new StandardWebhooksReceiver.Delivery(
                    delivery.body().replace("consent.granted", "consent.revoked"), delivery.headers());
            assertThatThrownBy(() -> StandardWebhooksReceiver.verify(tampered, first))
                    .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("No matching signature");
            var staleHeaders = new HashMap<>(delivery.headers());
            staleHeaders.put("webhook-timestamp", List.of(Long.toString(Instant.now().minusSeconds(600).getEpochSecond())));
            var stale = new StandardWebhooksReceiver.Delivery(delivery.body(), staleHeaders);
            assertThatThrownBy(() -> StandardWebhooksReceiver.verify(stale, first))
                    .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("too old");

            awaitLogged(webhooks, webhook.getId(), event.get("id").asText());
            // Two rotations: the newest secret signs, the one before it too (for 24 hours); the first signs no more.
            String second = webhooks.rotateWebhookSecret(webhook.getId(), UUID.randomUUID().toString()).getSecret();
            String newest = webhooks.rotateWebhookSecret(webhook.getId(), UUID.randomUUID().toString()).getSecret();
            secret = newest;
            var afterRotation = deliveryOf(receiver,
                    consents.createConsent(consent, UUID.randomUUID().toString()).getId());
            assertThatCode(() -> StandardWebhooksReceiver.verify(afterRotation, newest)).doesNotThrowAnyException();
            assertThatCode(() -> StandardWebhooksReceiver.verify(afterRotation, second)).doesNotThrowAnyException();
            assertThatThrownBy(() -> StandardWebhooksReceiver.verify(afterRotation, first))
                    .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("No matching signature");
            assertThat(receiver.accepted()).containsExactly(delivery, afterRotation);
        }
    }

    /**
     * Waits until api-service has committed the delivery of {@code eventId} (its log shows it): the endpoint's position
     * moves on in the same transaction, so a change to the endpoint before then races with it.
     */
    private static void awaitLogged(WebhooksApi webhooks, UUID webhookId, String eventId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            if (webhooks.listWebhookDeliveries(webhookId, null, 100).getItems().stream().anyMatch(delivery ->
                    eventId.equals(delivery.getEventId()) && delivery.getOutcome() == Outcome.DELIVERED)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The delivery of " + eventId + " was not logged within a minute");
    }

    /** The delivery of the consent.granted event of {@code consentId}, waiting up to a minute for it. */
    private static StandardWebhooksReceiver.Delivery deliveryOf(StandardWebhooksReceiver receiver, UUID consentId)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            for (var delivery : receiver.received()) {
                if (consentId.toString().equals(JSON.readTree(delivery.body()).path("data").path("consentId").asText())) {
                    return delivery;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No delivery of consent " + consentId + " within a minute");
    }
}
