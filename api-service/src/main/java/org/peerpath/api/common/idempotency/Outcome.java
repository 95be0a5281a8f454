package org.peerpath.api.common.idempotency;

/**
 * What a POST produced: status, body, the path of the created resource and its ETag. {@code replayed} tells that the
 * same request was carried out before under the same {@code Idempotency-Key} and this is its stored answer.
 */
public record Outcome<T>(int status, T body, String location, String etag, boolean replayed) {

    public static <T> Outcome<T> created(T body, String location, String etag) {
        return new Outcome<>(201, body, location, etag, false);
    }

    public static <T> Outcome<T> ok(T body) {
        return new Outcome<>(200, body, null, null, false);
    }
}
