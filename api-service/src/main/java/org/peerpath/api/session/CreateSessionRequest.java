package org.peerpath.api.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.api.curriculum.Slugs;

@Schema(name = "CreateSession", description = "A coaching session. Minutes and H0038 units are derived from start "
        + "and end with the agency's rounding rule and daily cap. The note starts as a draft in the agency's format "
        + "unless another is named.")
public record CreateSessionRequest(
        @NotNull @Schema(required = true, example = "2026-11-20T15:00:00Z") Instant startedAt,
        @NotNull @Schema(required = true, example = "2026-11-20T15:50:00Z") Instant endedAt,
        @NotNull @Schema(required = true, example = "IN_PERSON") Modality modality,
        @Schema(nullable = true, description = "Required before the note can be signed", example = "COMMUNITY")
        SessionSetting setting,
        @Schema(nullable = true, description = "A group session (default: individual)", example = "false")
        Boolean groupSession,
        @Size(max = 5) @Schema(maxItems = 5, nullable = true, example = "[\"EXPLORING\"]") List<@NotNull ProcessStage> stages,
        @Size(max = 4) @Schema(maxItems = 4, nullable = true, example = "[\"EMOTIONAL\", \"INFORMATIONAL\"]")
        List<@NotNull SupportType> supportTypes,
        @Size(max = 20) @Schema(maxItems = 20, nullable = true, description = "Curriculum topic slugs",
                example = "[\"healthy-boundaries\"]")
        List<@NotNull @Size(max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> topics,
        @Size(max = 20) @Schema(maxItems = 20, nullable = true, description = "Curriculum technique slugs",
                example = "[\"oars\", \"box-breathing\"]")
        List<@NotNull @Size(max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> techniques,
        @Size(max = 20) @Schema(maxItems = 20, nullable = true, description = "Ids of the peer's goals worked on")
        List<@NotNull UUID> goalIds,
        @Size(max = 10) @Schema(maxItems = 10, nullable = true) List<@NotNull @Valid RiskFlag> riskFlags,
        @Size(max = 4000) @Schema(maxLength = 4000, nullable = true, example = "Call two housing listings")
        String nextSteps,
        @Schema(nullable = true, description = "Note format; the agency's default when absent", example = "DAP")
        NoteFormat noteFormat,
        @Valid @Schema(nullable = true, description = "Draft sections of the note") NoteSections note) {
}
