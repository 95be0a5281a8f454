package org.peerpath.common.http;

import java.util.Arrays;
import java.util.List;

import org.peerpath.common.error.ProblemException;
import org.peerpath.model.problem.ProblemType;

/**
 * Strong entity tags and the {@code If-Match} rule of DESIGN.md section 6: a change needs {@code If-Match} (428
 * without), and it must name the current version (412 when the resource changed since the client read it).
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** A strong ETag for an opaque version string (a row version, a content hash). */
    public static String strong(String version) {
        return "\"" + version + "\"";
    }

    public static void requireMatch(String ifMatch, String currentTag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read, so that a change never overwrites one you have not seen.");
        }
        List<String> tags = Arrays.stream(ifMatch.split(",")).map(String::trim).toList();
        if (!tags.contains("*") && !tags.contains(currentTag)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The resource changed since it was read; read it again and retry with its new ETag.");
        }
    }

    /** Whether an {@code If-None-Match} header matches the current tag, so that a 304 may answer. */
    public static boolean noneMatchHits(String ifNoneMatch, String currentTag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(currentTag));
    }
}
