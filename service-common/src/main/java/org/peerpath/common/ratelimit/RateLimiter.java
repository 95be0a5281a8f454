package org.peerpath.common.ratelimit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Fixed-window request counting per client, in this instance's memory: behind a load balancer each instance allows
 * its share, which is the usual trade for not putting a shared store on every request's path.
 */
@ApplicationScoped
public class RateLimiter {

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    RateLimitConfig config;

    /** Counts one request of {@code client} at {@code nowMillis}. */
    public Decision acquire(String client, long nowMillis) {
        long windowMillis = config.windowSeconds() * 1000L;
        long start = nowMillis - nowMillis % windowMillis;
        Window window = windows.compute(client, (key, current) -> current == null || current.start != start
                ? new Window(start, 1)
                : new Window(start, current.count + 1));
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(entry -> entry.getValue().start != start);
        }
        int limit = config.requestsPerWindow();
        long resetSeconds = Math.max(1, (start + windowMillis - nowMillis + 999) / 1000);
        return new Decision(window.count <= limit, limit, Math.max(0, limit - window.count), resetSeconds);
    }

    private record Window(long start, int count) {
    }

    /** Whether the request may go on, and what the RateLimit-* headers say. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }
}
