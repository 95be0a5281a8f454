package org.peerpath.api.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The fields of a webhook endpoint a merge patch may change, with the rules of a new endpoint. The EHR client is not
 * among them: events, their consent checks and the signing secret belong to one client, so another client gets an
 * endpoint of its own.
 */
public record WebhookUpdate(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String url,
        @NotEmpty @Size(max = 6) List<@NotNull WebhookEventType> eventTypes,
        @Size(max = 500) String description,
        @NotNull Boolean active) {

    static WebhookUpdate of(WebhookEndpoint endpoint) {
        return new WebhookUpdate(endpoint.url, List.copyOf(endpoint.eventTypes), endpoint.description,
                endpoint.active);
    }
}
