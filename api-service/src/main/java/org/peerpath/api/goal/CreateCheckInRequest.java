package org.peerpath.api.goal;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateGoalCheckIn", description = "How far along the goal is, 0 to 100.")
public record CreateCheckInRequest(
        @NotNull @PastOrPresent @Schema(required = true,
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date",
                example = "2026-11-20") LocalDate checkedOn,
        @NotNull @Min(0) @Max(100) @Schema(required = true, minimum = "0", maximum = "100", example = "40")
        Integer progress,
        @Size(max = 2000) @Schema(maxLength = 2000, nullable = true, example = "Viewed one apartment") String note) {
}
