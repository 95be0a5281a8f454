package org.peerpath.api.agency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateAgencySettings", description = "All of the agency's settings (replaces them).")
public record UpdateAgencySettingsRequest(
        @NotNull @Pattern(regexp = "DAP|GIRP|BIRP|SOAP", message = "must be DAP, GIRP, BIRP or SOAP")
        @Schema(required = true, enumeration = { "DAP", "GIRP", "BIRP", "SOAP" }, example = "DAP") String noteFormat,
        @NotNull @Schema(required = true, description = BillingRounding.RULES, example = "EIGHT_MINUTE_RULE")
        BillingRounding billingRounding,
        @NotNull @Min(1) @Max(96) @Schema(required = true, description = BillingRounding.DAILY_CAP, minimum = "1",
                maximum = "96", example = "16")
        Integer dailyUnitCap,
        @NotNull @Size(max = 64) @Schema(required = true, maxLength = 64, example = "America/New_York")
        String timeZone) {
}
