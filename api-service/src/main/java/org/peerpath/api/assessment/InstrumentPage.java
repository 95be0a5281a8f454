package org.peerpath.api.assessment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentInstrumentPage", description = "The instruments; pass `nextCursor` as `cursor` for more.")
public record InstrumentPage(
        @Schema(maxItems = 100) List<InstrumentResponse> items,
        @Schema(maxLength = 1000, nullable = true, description = "Absent on the last page",
                example = "MR9CQVJDLTEwHzE") String nextCursor) {
}
