package org.peerpath.api.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a webhook merge patch; the rules are those of {@link WebhookUpdate}, applied after merging. */
@Schema(name = "WebhookPatch", description = "A JSON merge patch (RFC 7396) of a webhook endpoint: send only the "
        + "fields to change; null clears the description. `active: false` disables the endpoint: nothing is sent "
        + "while it is disabled, and its position in the event stream stays where it was, so enabling it again "
        + "delivers what was committed meanwhile, in order (consent checked at delivery). The EHR client cannot "
        + "change: register another endpoint for another client.")
public record WebhookPatchDocument(
        @Schema(maxLength = 2000, pattern = "^https?://\\S+$", example = "https://ehr.example.org/hooks/peerpath-v2")
        String url,
        @Schema(minItems = 1, maxItems = 6, example = "[\"NOTE_SIGNED\", \"NOTE_WITHDRAWN\"]")
        List<WebhookEventType> eventTypes,
        @Schema(maxLength = 500, nullable = true, example = "Riverside EHR inbox") String description,
        @Schema(example = "false") Boolean active) {
}
