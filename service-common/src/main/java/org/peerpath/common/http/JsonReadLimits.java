package org.peerpath.common.http;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How much JSON a request may make the parser hold, on top of the 1 MB body limit: no request of either API nests
 * deeper than a handful of levels or needs a number longer than a date-time, so the limits are far below Jackson's
 * defaults. A body over them is refused as malformed (400) before any record is built. README, "Request limits".
 */
@Singleton
public class JsonReadLimits implements ObjectMapperCustomizer {

    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 50;
    static final int MAX_NAME_LENGTH = 200;
    /** Any single string fits in the body limit; the fields' own @Size limits are far smaller. */
    static final int MAX_STRING_LENGTH = 1_000_000;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
    }
}
