package org.peerpath.api.goal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.api.curriculum.Slugs;

@Schema(name = "CreateGoal", description = "A SMART goal: specific statement, measure, achievable and relevant in "
        + "the person's words, target date. Starts PROPOSED, or ACTIVE when the person has agreed to it.")
public record CreateGoalRequest(
        @NotNull @Schema(required = true, example = "HOUSING") GoalDomain domain,
        @NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000,
                example = "Move into my own apartment") String statement,
        @Size(max = 1000) @Schema(maxLength = 1000, nullable = true, example = "Signed lease") String measure,
        @Size(max = 1000) @Schema(maxLength = 1000, nullable = true,
                example = "Saving $200 a month; on two waiting lists") String achievable,
        @Size(max = 1000) @Schema(maxLength = 1000, nullable = true,
                example = "A stable home keeps my recovery steady") String relevant,
        @Schema(nullable = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                format = "date", example = "2027-03-01") LocalDate targetDate,
        @Schema(nullable = true, enumeration = { "PROPOSED", "ACTIVE" }, description = "Default PROPOSED",
                example = "ACTIVE") GoalStatus status,
        @Size(max = 20) @Schema(maxItems = 20, nullable = true) List<@NotNull @Valid Milestone> milestones,
        @Size(max = 20) @Schema(maxItems = 20, nullable = true, example = "[\"smart-goals\"]")
        List<@NotNull @Size(max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> techniques,
        @Size(max = 20) @Schema(maxItems = 20, nullable = true, example = "[\"goal-setting\"]")
        List<@NotNull @Size(max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> topics) {
}
