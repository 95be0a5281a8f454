package org.peerpath.api.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One statement or question of an instrument, in the order it is asked. */
@Schema(name = "InstrumentItem", description = "One item of an instrument, worded exactly as published.")
public record InstrumentItem(
        @Schema(description = "The item's stable key within the instrument (also the FHIR linkId)", maxLength = 20,
                example = "1") String linkId,
        @Schema(description = "The wording, unchanged", maxLength = 1000,
                example = "There are more important things to me in life than using substances.") String text) {
}
