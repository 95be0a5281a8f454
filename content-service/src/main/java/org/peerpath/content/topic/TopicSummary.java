package org.peerpath.content.topic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A peer meeting topic, without its sections.")
public record TopicSummary(
        @Schema(maxLength = 100, example = "healthy-boundaries") String slug,
        @Schema(maxLength = 120, example = "topic:healthy-boundaries") String ref,
        @Schema(minimum = "0", maximum = "999", example = "1") int number,
        @Schema(maxLength = 500, example = "Setting and sustaining healthy boundaries") String title,
        @Schema(maxLength = 5000, example = "Setting and maintaining boundaries as a peer coach is crucial to protecting both personal well-being and professional integrity.")
        String summary,
        @Schema(maxLength = 300, example = "/v1/topics/healthy-boundaries") String link) {
}
