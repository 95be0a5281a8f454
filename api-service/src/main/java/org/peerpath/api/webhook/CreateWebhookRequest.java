package org.peerpath.api.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateWebhook", description = "An endpoint of an EHR client that receives events. Events about a "
        + "person go out only while a consent naming the client is in effect, as for the client's own requests.")
public record CreateWebhookRequest(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+")
        @Schema(required = true, maxLength = 2000, pattern = "^https?://\\S+$",
                example = "https://ehr.example.org/hooks/peerpath") String url,
        @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9._:/-]+")
        @Schema(required = true, maxLength = 255, pattern = "^[A-Za-z0-9._:/-]+$",
                description = "The EHR client the events are for", example = "peerpath-ehr-demo") String clientId,
        @NotEmpty @Size(max = 6) @Schema(required = true, minItems = 1, maxItems = 6,
                example = "[\"NOTE_SIGNED\", \"NOTE_AMENDED\", \"CONSENT_REVOKED\"]")
        List<@NotNull WebhookEventType> eventTypes,
        @Size(max = 500) @Schema(maxLength = 500, nullable = true, example = "Riverside EHR inbox")
        String description) {
}
