package org.peerpath.common.problemtype;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.model.problem.ProblemType;

@Schema(name = "ProblemTypeEntry", description = "What a problem `type` means and how a client fixes its request.")
public record ProblemTypeResponse(
        @Schema(description = "The problem's `type` URI (an identifier: it never changes)", maxLength = 200,
                format = "uri", example = "https://peerpath.dev/problems/precondition-failed") String type,
        @Schema(description = "The last segment of the URI; this entry is served at /problems/{kind}",
                maxLength = 50, pattern = ProblemTypeResource.KIND_PATTERN, example = "precondition-failed")
        String kind,
        @Schema(description = "The problem's `title`", maxLength = 200,
                example = "The resource changed since it was read") String title,
        @Schema(description = "The HTTP status it comes with", minimum = "400", maximum = "599", example = "412")
        int status,
        @Schema(description = "What it means (Markdown)", maxLength = 1000,
                example = "The `If-Match` ETag is not the resource's current one: it changed since you read it.")
        String meaning,
        @Schema(description = "How to fix the request (Markdown)", maxLength = 1000,
                example = "Read the resource again, apply your change to the current version, and retry with its "
                        + "new ETag.") String fix) {

    static ProblemTypeResponse of(ProblemType type) {
        return new ProblemTypeResponse(type.uri().toString(), type.kind(), type.title(), type.status(),
                type.meaning(), type.fix());
    }
}
