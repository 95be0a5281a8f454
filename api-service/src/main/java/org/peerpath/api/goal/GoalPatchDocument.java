package org.peerpath.api.goal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.api.curriculum.Slugs;

/** The OpenAPI shape of a goal merge patch; the rules are those of {@link GoalUpdate}, applied after merging. */
@Schema(name = "GoalPatch", description = "A JSON merge patch (RFC 7396) of a goal: send only the fields to change; "
        + "null clears an optional field. Arrays are replaced as a whole: send every milestone, with `done` set on "
        + "those reached. The status moves with its own operation.")
public record GoalPatchDocument(
        @Schema(example = "HOUSING") GoalDomain domain,
        @Schema(maxLength = 1000, example = "Move into my own apartment") String statement,
        @Schema(maxLength = 1000, nullable = true, example = "Signed lease") String measure,
        @Schema(maxLength = 1000, nullable = true, example = "Saving $200 a month") String achievable,
        @Schema(maxLength = 1000, nullable = true, example = "A stable home keeps my recovery steady") String relevant,
        @Schema(nullable = true, type = SchemaType.STRING, format = "date", example = "2027-03-01")
        LocalDate targetDate,
        @Schema(maxItems = 20, nullable = true) List<Milestone> milestones,
        @Schema(maxItems = 20, nullable = true, example = "[\"smart-goals\"]") List<@Size(max = 100) @Pattern(regexp = Slugs.PATTERN) String> techniques,
        @Schema(maxItems = 20, nullable = true, example = "[\"goal-setting\"]") List<@Size(max = 100) @Pattern(regexp = Slugs.PATTERN) String> topics) {
}
