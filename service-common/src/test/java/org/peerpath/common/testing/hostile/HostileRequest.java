package org.peerpath.common.testing.hostile;

import java.util.Map;

/**
 * One request the walker sends. {@code target} is the path and query as they go on the wire (already
 * percent-encoded, so that invalid encodings reach the service as written). {@code mayBeAnswered} marks the few cases
 * where the odd value is still a legitimate request, such as text nobody has searched for in a free-text query of a
 * read: those may answer 2xx, every other case must be refused with a 4xx problem.
 */
public record HostileRequest(String operationId, String what, String method, String target,
        Map<String, String> headers, String contentType, byte[] body, boolean mayBeAnswered) {

    String describe() {
        return operationId + " " + method + " " + abbreviate(target) + " [" + what + "]";
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "...(" + text.length() + " chars)" : text;
    }
}
