package org.peerpath.content.authoring;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.content.common.http.Slugs;
import org.peerpath.content.topic.SectionKind;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The text of a curriculum entry as an editor writes it. Which fields an entry needs depends on its kind (see
 * {@link ContentRules}); fields that do not apply to the kind are refused.
 */
@Schema(name = "EntryContent", description = "The content of a draft. Needed per kind: TOPIC title, summary; "
        + "SECTION title, sectionKind; STRATEGY and PRACTICE title and points or body; EXERCISE title, scenario, "
        + "instructions, goal, debrief; RESOURCE title, category, resourceKind; TECHNIQUE title, description.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryContent(
        @Schema(example = "Define Your Role Clearly") @NotBlank @Size(max = 500) String title,
        @Min(1) @Max(999) Integer number,
        @Size(max = 5000) String summary,
        @Size(max = 20000) String intro,
        @Size(max = 20000) String closing,
        @Size(max = 20000) String body,
        @Schema(example = "[\"Be transparent about your role as a peer coach from the start.\"]")
        @Size(max = 200) List<@NotBlank @Size(max = 5000) String> points,
        @Size(max = 20000) String scenario,
        @Size(max = 20000) String instructions,
        @Size(max = 20000) String goal,
        @Size(max = 20000) String debrief,
        SectionKind sectionKind,
        @Size(max = 60) @Pattern(regexp = "^[A-Z_]+$", message = "must be a category such as FINANCIAL") String category,
        @Size(max = 60) @Pattern(regexp = "^[A-Z_]+$", message = "must be a resource kind such as TOOL")
        String resourceKind,
        @Size(max = 20000) String description,
        @Size(max = 2000) @Pattern(regexp = "^https://\\S+$", message = "must be an https URL") String url,
        @Size(max = 100) List<@Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 100) String> techniques,
        @Size(max = 5) List<@Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 100) String> stages,
        @Size(max = 20) List<@Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 100) String> topics) {
}
