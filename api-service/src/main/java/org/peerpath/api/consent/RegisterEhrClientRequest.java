package org.peerpath.api.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterEhrClient", description = "An EHR client of the agency (an OIDC client with role "
        + "ehr-client) and the organization it acts for; consents naming that organization cover it.")
public record RegisterEhrClientRequest(
        @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9._:/-]+")
        @Schema(required = true, maxLength = 255, pattern = "^[A-Za-z0-9._:/-]+$",
                description = "The OIDC client id (the `azp` of its tokens)", example = "peerpath-ehr-demo")
        String clientId,
        @NotBlank @Size(max = 255) @Schema(required = true, maxLength = 255, example = "Riverside Health")
        String recipientOrganization,
        @NotBlank @Size(max = 255) @Schema(required = true, maxLength = 255, example = "Riverside Health EHR")
        String displayName) {
}
