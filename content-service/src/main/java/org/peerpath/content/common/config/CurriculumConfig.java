package org.peerpath.content.common.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "peerpath.curriculum")
public interface CurriculumConfig {

    /** Load the seed files at start-up: entries not in the database yet become their first published revision. */
    @WithDefault("true")
    boolean loadSeedsAtStart();

    /** The locales content exists in; the first is the fallback when Accept-Language names none of them. */
    @WithDefault("en")
    List<String> locales();

    /** How long clients and shared caches may reuse a read before revalidating it with its ETag. */
    @WithDefault("300")
    int maxAgeSeconds();
}
