package org.peerpath.api.session;

/** Risks noticed in a session. */
public enum RiskType {
    CRISIS, RECURRENCE_OF_USE, SELF_HARM_RISK, HARM_TO_OTHERS, OVERDOSE_RISK, HOUSING_LOSS, OTHER
}
