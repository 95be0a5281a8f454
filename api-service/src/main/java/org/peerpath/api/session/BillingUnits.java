package org.peerpath.api.session;

import org.peerpath.api.agency.BillingRounding;

/** H0038 units of one session: the agency's rounding rule, then what the daily cap leaves for the peer that day. */
public final class BillingUnits {

    private BillingUnits() {
    }

    /**
     * @param minutes      the session's length
     * @param alreadyBilled units of the peer's other sessions on the same service date
     * @param dailyCap     the most units a peer may have in a day
     */
    public static int forSession(BillingRounding rounding, int minutes, int alreadyBilled, int dailyCap) {
        int left = Math.max(0, dailyCap - alreadyBilled);
        return Math.min(rounding.units(minutes), left);
    }
}
