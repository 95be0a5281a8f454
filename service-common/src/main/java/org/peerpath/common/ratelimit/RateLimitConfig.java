package org.peerpath.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "peerpath.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Requests one client may make per window. */
    @WithDefault("600")
    int requestsPerWindow();

    @WithDefault("60")
    int windowSeconds();
}
