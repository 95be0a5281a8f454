package org.peerpath.api.assessment;

import java.util.List;

/** What scoring needs to know of an instrument version: its item keys, answer scale, method and cut-off. */
public record InstrumentDefinition(String code, String version, List<String> linkIds, int scaleMin, int scaleMax,
        ScoringMethod scoring, Integer cutoff) {

    public InstrumentDefinition {
        linkIds = List.copyOf(linkIds);
    }
}
