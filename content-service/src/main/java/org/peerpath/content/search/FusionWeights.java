package org.peerpath.content.search;

/**
 * How the two rankings are fused: each hit scores {@code weight / (rankOffset + rank)} in each ranking it appears
 * in (reciprocal rank fusion), so that neither ranking's raw scores need to be comparable with the other's.
 */
public record FusionWeights(double lexical, double semantic, double rankOffset) {
}
