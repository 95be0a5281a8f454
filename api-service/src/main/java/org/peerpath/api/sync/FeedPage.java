package org.peerpath.api.sync;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedPage", description = "Changes after the cursor, in feed order. Save `cursor` after you have "
        + "processed the page, and pass it on the next call: each change comes exactly once.")
public record FeedPage(
        @Schema(maxItems = 500) List<FeedChange> items,
        @Schema(description = "Where the next call continues; the same cursor when nothing new was committed",
                maxLength = 1000, example = "MR9mZWVkHzc0MR81") String cursor,
        @Schema(description = "Whether more changes are waiting (call again at once)", example = "false") boolean more,
        @Schema(description = "The 42 CFR 2.32 notice that accompanies the disclosed records", maxLength = 2000)
        String notice) {
}
