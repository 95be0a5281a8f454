package org.peerpath.api.assessment;

import org.peerpath.api.consent.ConsentScope;

/**
 * The consent scope that covers assessments. {@link ConsentScope} has no {@code ASSESSMENTS} yet; until it does,
 * assessments are disclosed under a consent covering the person's plans ({@code PLANS}), and the exact scope is used as
 * soon as the enum gains it, without a change here.
 */
final class AssessmentConsent {

    static final ConsentScope SCOPE = scope("ASSESSMENTS", ConsentScope.PLANS);

    private AssessmentConsent() {
    }

    private static ConsentScope scope(String name, ConsentScope fallback) {
        for (ConsentScope scope : ConsentScope.values()) {
            if (scope.name().equals(name)) {
                return scope;
            }
        }
        return fallback;
    }
}
