package org.peerpath.api.assessment;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentInstrumentSettings", description = "The agency's choices for an instrument.")
public record InstrumentSettingsRequest(
        @NotNull @Schema(required = true, description = "Whether coaches and participants of the agency may record "
                + "new assessments with it (history stays readable either way)", example = "true") Boolean enabled,
        @Valid @Size(max = 20) @Schema(maxItems = 20, nullable = true, description = "The agency's display text "
                + "for every answer value; null keeps the instrument's own", example = "[{\"value\": 1, "
                + "\"label\": \"Strongly disagree\"}]") List<@NotNull ScaleLabel> scaleLabels) {
}
