package org.peerpath.api.assessment;

import org.peerpath.api.consent.ConsentScope;

/** The consent scope that covers assessments: only a consent naming {@code ASSESSMENTS} discloses them. */
final class AssessmentConsent {

    static final ConsentScope SCOPE = ConsentScope.ASSESSMENTS;

    private AssessmentConsent() {
    }
}
