package org.peerpath.common.security;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Caller", description = "Who the bearer token identifies, as this service sees it.")
public record CallerResponse(
        @Schema(description = "OIDC subject of the user or client", maxLength = 255,
                example = "8b0f3c4e-2a41-4d8e-9a59-5f3f0c2d1e77") String subject,
        @Schema(description = "Display name", maxLength = 255, example = "Casey Coach") String name,
        @Schema(description = "The caller's agency (tenant), from the token's org claim", maxLength = 100,
                example = "demo-agency", nullable = true) String organization,
        @Schema(description = "Roles granted by the token", maxItems = 20,
                example = "[\"peer-specialist\"]") List<@Size(max = 255) String> roles,
        @Schema(description = "Credentials shown on signatures", maxLength = 100, example = "CPRS",
                nullable = true) String credentials,
        @Schema(description = "When the user last logged in", nullable = true,
                example = "2026-11-23T09:15:00Z") Instant authTime) {

    public static CallerResponse of(Caller caller) {
        return new CallerResponse(caller.subject(), caller.name(), caller.organization().orElse(null),
                List.copyOf(caller.roles()), caller.credentials().orElse(null), caller.authTime().orElse(null));
    }
}
