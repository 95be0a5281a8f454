package org.peerpath.api.agency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencySettings", description = "The agency's note format and billing rules.")
public record AgencySettingsResponse(
        @Schema(enumeration = { "DAP", "GIRP", "BIRP", "SOAP" }, description = "Format of new notes", example = "DAP")
        String noteFormat,
        @Schema(description = BillingRounding.RULES, example = "EIGHT_MINUTE_RULE") BillingRounding billingRounding,
        @Schema(description = BillingRounding.DAILY_CAP, minimum = "1", maximum = "96",
                example = "16") int dailyUnitCap,
        @Schema(maxLength = 64, description = "IANA time zone that decides a session's date of service",
                example = "America/New_York") String timeZone,
        @Schema(maxLength = 30, nullable = true, description = "The agency's contact phone",
                example = "+1 555 010 0200") String contactPhone,
        @Schema(maxLength = 254, nullable = true, format = "email", description = "The agency's contact email",
                example = "care@agency.example") String contactEmail) {

    public static AgencySettingsResponse of(AgencySettings settings) {
        return new AgencySettingsResponse(settings.noteFormat, settings.billingRounding, settings.dailyUnitCap,
                settings.timeZone, settings.contactPhone, settings.contactEmail);
    }
}
