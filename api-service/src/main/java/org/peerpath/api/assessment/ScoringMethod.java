package org.peerpath.api.assessment;

/** How an instrument's answers make its total. */
public enum ScoringMethod {
    /** The sum of every item's answer; only a complete assessment has a total. */
    SUM
}
