package org.peerpath.api.agency;

/** How session minutes become 15-minute units of HCPCS H0038. */
public enum BillingRounding {
    /** A unit per full 15 minutes, and 8 or more remaining minutes make one more: floor((minutes + 7) / 15). */
    EIGHT_MINUTE_RULE,
    /** Only full 15-minute units count: floor(minutes / 15). */
    WHOLE_UNITS_ONLY;

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
