package org.peerpath.api.common.http;


import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.peerpath.api.common.idempotency.Outcome;

/** Shapes single-resource answers: {@code ETag} on every one, {@code Location} on creation. */
public final class Responses {

    private Responses() {
    }

    public static <T> RestResponse<T> ok(Versioned<T> resource) {
        return RestResponse.ResponseBuilder.ok(resource.body()).header(ApiHeaders.ETAG, resource.etag()).build();
    }

    /** A 201 for a POST outcome (first run or replay), with the location of the created resource. */
    public static <T> RestResponse<T> created(Outcome<T> outcome, UriInfo uriInfo) {
        RestResponse.ResponseBuilder<T> builder = RestResponse.ResponseBuilder.<T>create(outcome.status())
                .entity(outcome.body());
        if (outcome.location() != null) {
            builder.location(uriInfo.getBaseUriBuilder().path(outcome.location()).build());
        }
        if (outcome.etag() != null) {
            builder.header(ApiHeaders.ETAG, outcome.etag());
        }
        if (outcome.replayed()) {
            builder.header(ApiHeaders.IDEMPOTENT_REPLAYED, "true");
        }
        return builder.build();
    }

}
