package org.peerpath.api.relapseplan;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Early warning signs of a recurrence of use, in the four groups the curriculum names. */
@Schema(name = "WarningSigns", description = "Early warning signs, in the four groups the curriculum names.")
public record WarningSigns(
        @Size(max = 30) @Schema(maxItems = 30, example = "[\"Skipping meetings\", \"Isolating at home\"]")
        List<@NotBlank @Size(max = 500) String> behavioural,
        @Size(max = 30) @Schema(maxItems = 30, example = "[\"Irritable\", \"Feeling flat\"]")
        List<@NotBlank @Size(max = 500) String> emotional,
        @Size(max = 30) @Schema(maxItems = 30, example = "[\"Thinking one drink would not hurt\"]")
        List<@NotBlank @Size(max = 500) String> mental,
        @Size(max = 30) @Schema(maxItems = 30, example = "[\"Not sleeping\"]")
        List<@NotBlank @Size(max = 500) String> physical) {

    public WarningSigns {
        behavioural = copy(behavioural);
        emotional = copy(emotional);
        mental = copy(mental);
        physical = copy(physical);
    }

    static List<String> copy(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }
}
