package org.peerpath.content.common.http;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Writes a {@link CachedRepresentation} from JSON prepared once per instance, with the same mapper (and so the same
 * bytes) as every other response. A cached topic is about 16 KB of JSON: serializing it on every read cost far more
 * than the rest of the request. The bytes are held by the instance's identity and only as long as the instance is
 * reachable, so they leave with the cache entry that holds it.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class PreparedJsonWriter implements ServerMessageBodyWriter<CachedRepresentation> {

    private final Cache<CachedRepresentation, byte[]> prepared = Caffeine.newBuilder().weakKeys().build();

    @Inject
    ObjectMapper mapper;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target,
            MediaType mediaType) {
        return CachedRepresentation.class.isAssignableFrom(type);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CachedRepresentation.class.isAssignableFrom(type);
    }

    @Override
    public void writeResponse(CachedRepresentation representation, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(bytes(representation));
    }

    @Override
    public void writeTo(CachedRepresentation representation, Class<?> type, Type genericType,
            Annotation[] annotations, MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream body)
            throws IOException {
        body.write(bytes(representation));
    }

    /** The JSON of {@code representation}, serialized on its first write. */
    byte[] bytes(CachedRepresentation representation) {
        return prepared.get(representation, this::serialize);
    }

    /** Whether {@code representation}'s JSON is prepared already. */
    boolean isPrepared(CachedRepresentation representation) {
        return prepared.getIfPresent(representation) != null;
    }

    private byte[] serialize(CachedRepresentation representation) {
        try {
            return mapper.writeValueAsBytes(representation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A curriculum response could not be serialized", e);
        }
    }
}
