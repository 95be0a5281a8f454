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
                example = "America/New_York") String timeZone) {

    public static AgencySettingsResponse of(AgencySettings settings) {
        return new AgencySettingsResponse(settings.noteFormat, settings.billingRounding, settings.dailyUnitCap,
                settings.timeZone);
    }
}
