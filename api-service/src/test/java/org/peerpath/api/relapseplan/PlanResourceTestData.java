package org.peerpath.api.relapseplan;

import java.util.Map;

/** A complete plan body for tests of other features. */
public final class PlanResourceTestData {

    private PlanResourceTestData() {
    }

    /** Without whom to call, which would need a network plan with a crisis contact. */
    public static Map<String, Object> plan() {
        return PlanResourceTest.plan("For my family", null);
    }
}
