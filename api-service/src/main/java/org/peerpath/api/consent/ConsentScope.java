package org.peerpath.api.consent;

/** What part of a person's record a consent lets the agency disclose. The person's identity goes with any of them. */
public enum ConsentScope {
    /** Signed session notes and their addenda. */
    NOTES,
    /** Sessions as encounters (date, length, service code, coach). */
    ENCOUNTERS,
    /** Recovery goals. */
    GOALS,
    /** The recovery-network plan (care team) and the relapse-prevention plan (care plan). */
    PLANS,
    /** Assessments such as the BARC-10 (questionnaire responses and their total scores). */
    ASSESSMENTS
}
