package org.peerpath.api.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;

/**
 * {@code Cache-Control: no-store} on every answer that may carry health information: everything under {@code /v1}
 * and {@code /fhir} (errors, the bulk export's status and files included), so that no browser, proxy or client cache
 * keeps a copy. It is set as the headers go out, after every other handler, so no path can forget or replace it. The
 * FHIR CapabilityStatement ({@code /fhir/r4/metadata}) is public and stays cacheable; health checks, metrics and the
 * OpenAPI document are outside these paths.
 */
@ApplicationScoped
public class NoStore {

    static final String VALUE = "no-store";

    /** Ahead of every other filter, so that answers they end early (a 429) are covered too. */
    private static final int PRIORITY = 20_000;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (carriesRecords(context.normalizedPath())) {
                context.addHeadersEndHandler(ignored -> context.response().headers()
                        .set(HttpHeaders.CACHE_CONTROL, VALUE));
            }
            context.next();
        }, PRIORITY);
    }

    static boolean carriesRecords(String path) {
        return (path.startsWith("/v1/") || path.startsWith("/fhir/")) && !path.equals("/fhir/r4/metadata");
    }
}
