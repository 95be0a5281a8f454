package org.peerpath.api.agency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How session minutes become 15-minute units of HCPCS H0038. */
@Schema(description = BillingRounding.RULES)
public enum BillingRounding {
    /** A unit per full 15 minutes, and 8 or more remaining minutes make one more: floor((minutes + 7) / 15). */
    EIGHT_MINUTE_RULE,
    /** Only full 15-minute units count: floor(minutes / 15). */
    WHOLE_UNITS_ONLY;

    /** The rounding rules as integrators read them in the OpenAPI document. */
    public static final String RULES = "How a session's minutes (whole minutes from start to end) become 15-minute "
            + "H0038 units. EIGHT_MINUTE_RULE: one unit per full 15 minutes, and a remainder of 8 minutes or more "
            + "makes one more, floor((minutes + 7) / 15): 7 minutes are 0 units, 8 to 22 are 1, 23 to 37 are 2, "
            + "50 are 3. WHOLE_UNITS_ONLY: only full 15-minute units, floor(minutes / 15): 14 minutes are 0 units, "
            + "15 to 29 are 1, 50 are 3.";

    /** How the daily cap applies, as integrators read it in the OpenAPI document. */
    public static final String DAILY_CAP = "The most H0038 units one peer may have on one date of service (the "
            + "session's start, as a date in the agency's time zone), over all coaches' sessions. A session takes the "
            + "units its minutes give, but no more than the day has left: recorded after sessions that already used "
            + "14 of a cap of 16, a 60-minute session (4 units) is billed 2, and one after it 0 (it is still "
            + "recorded). Sessions of one peer, and of one coach, never overlap in time, so no minute is billed "
            + "twice. A change of the cap applies to sessions recorded after it.";

    public int units(int minutes) {
        if (minutes <= 0) {
            return 0;
        }
        return switch (this) {
            case EIGHT_MINUTE_RULE -> (minutes + 7) / 15;
            case WHOLE_UNITS_ONLY -> minutes / 15;
        };
    }
}
