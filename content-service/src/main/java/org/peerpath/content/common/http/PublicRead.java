package org.peerpath.content.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a public curriculum read: {@link ConditionalReadFilters} gives it a strong ETag, Cache-Control,
 * Content-Language, and answers 304 to a matching If-None-Match without reading anything.
 */
@NameBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicRead {
}
