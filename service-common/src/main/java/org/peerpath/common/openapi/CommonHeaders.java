package org.peerpath.common.openapi;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The headers every answer carries: the rate-limit headers (see RateLimitFilters), Retry-After on a 429, and CORS for
 * allowed browser origins. Each is declared once in {@code components/headers} and referenced from every answer.
 */
final class CommonHeaders {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String RETRY_AFTER = "Retry-After";

    private CommonHeaders() {
    }

    /** References the common headers from this answer, declaring them in the components on first use. */
    static void reference(Components components, String code, APIResponse response) {
        declare(components);
        response.addHeader(LIMIT, ref(LIMIT));
        response.addHeader(REMAINING, ref(REMAINING));
        response.addHeader(RESET, ref(RESET));
        response.addHeader(ALLOW_ORIGIN, ref(ALLOW_ORIGIN));
        if (code.equals("429")) {
            response.addHeader(RETRY_AFTER, ref(RETRY_AFTER));
        }
    }

    private static void declare(Components components) {
        if (components.getHeaders() != null && components.getHeaders().containsKey(LIMIT)) {
            return;
        }
        components.addHeader(LIMIT, integer("Requests this client may make per window"));
        components.addHeader(REMAINING, integer("Requests left in the current window"));
        components.addHeader(RESET, integer("Seconds until the window resets"));
        components.addHeader(ALLOW_ORIGIN, OASFactory.createHeader()
                .description("Present when the request came from an allowed browser origin")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(200)
                        .format("uri").description("An allowed origin")));
        components.addHeader(RETRY_AFTER, integer("Seconds to wait before retrying"));
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref(name);
    }

    private static Header integer(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema()
                .addType(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ZERO)
                .maximum(BigDecimal.valueOf(1_000_000)));
    }
}
