package org.peerpath.api.agency;

import jakarta.validation.constraints.Email;
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
        String timeZone,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9][0-9 ().-]{5,28}", message = "must be a phone number of digits, "
                + "spaces, parentheses, dots and dashes, optionally starting with +")
        @Schema(maxLength = 30, nullable = true, description = "The agency's contact phone, which EHRs see on its "
                + "staff's practitioner roles", example = "+1 555 010 0200") String contactPhone,
        @Size(max = 254) @Email @Schema(maxLength = 254, nullable = true, format = "email",
                description = "The agency's contact email, which EHRs see on its staff's practitioner roles",
                example = "care@agency.example") String contactEmail) {
}
