package org.peerpath.content.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How search fuses its two rankings; the defaults are the figures the evaluation set was tuned to (docs/CURRICULUM.md). */
@ConfigMapping(prefix = "peerpath.search")
public interface SearchConfig {

    /** How many entries nearest the query by meaning join the candidates. */
    @WithDefault("10")
    int nearest();

    /** Entries less similar to the query than this never join by meaning (cosine similarity). */
    @WithDefault("0.2")
    double minSimilarity();

    /** Weight of the lexical ranking in the fusion. */
    @WithDefault("1")
    double lexicalWeight();

    /** Weight of the semantic ranking in the fusion. */
    @WithDefault("1.5")
    double semanticWeight();

    /** The k of reciprocal rank fusion: higher flattens the difference between the first ranks. */
    @WithDefault("60")
    double rankOffset();

    default FusionWeights weights() {
        return new FusionWeights(lexicalWeight(), semanticWeight(), rankOffset());
    }
}
