package org.peerpath.content.common.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.peerpath.common.http.EntityTags;
import org.peerpath.content.catalog.CatalogVersion;
import org.peerpath.content.common.config.CurriculumConfig;

/**
 * HTTP caching of public reads. A read's representation is fixed by the catalog version, the locale and the request
 * URI, so its strong ETag is derived from those three: a conditional request is answered 304 before any content is
 * read, and every publish (which bumps the version) changes every ETag.
 */
public class ConditionalReadFilters {

    private static final String ETAG_PROPERTY = "peerpath.etag";

    @Inject
    CatalogVersion catalogVersion;

    @Inject
    RequestLocale locale;

    @Inject
    CurriculumConfig config;

    @PublicRead
    @ServerRequestFilter
    public Response answerNotModified(ContainerRequestContext request) {
        String etag = etagFor(request);
        request.setProperty(ETAG_PROPERTY, etag);
        if (EntityTags.noneMatchHits(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            Response.ResponseBuilder notModified = Response.notModified();
            cachingHeaders(etag).forEach(notModified::header);
            return notModified.build();
        }
        return null;
    }

    @PublicRead
    @ServerResponseFilter
    public void addCachingHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        Object etag = request.getProperty(ETAG_PROPERTY);
        if (response.getStatus() == 200 && etag != null) {
            cachingHeaders((String) etag).forEach(response.getHeaders()::putSingle);
        }
    }

    private Map<String, Object> cachingHeaders(String etag) {
        return Map.of(
                HttpHeaders.ETAG, etag,
                HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.maxAgeSeconds() + ", stale-while-revalidate=60",
                HttpHeaders.CONTENT_LANGUAGE, locale.get(),
                HttpHeaders.VARY, "Accept-Language");
    }

    private String etagFor(ContainerRequestContext request) {
        long version = catalogVersion.current();
        String representation = version + "|" + locale.get() + "|"
                + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery();
        return EntityTags.strong("c" + version + "-" + sha256(representation).substring(0, 20));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
