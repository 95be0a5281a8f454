package org.peerpath.content.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the text comes from: the source document and the heading it stands under.")
public record Source(
        @Schema(maxLength = 200, example = "000_f3a91765fb781a1e.txt") String file,
        @Schema(maxLength = 500, example = "1. Setting and sustaining healthy boundaries > 2. Set Communication Boundaries")
        String heading) {
}
