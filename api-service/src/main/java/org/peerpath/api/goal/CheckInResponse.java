package org.peerpath.api.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GoalCheckIn", description = "A progress check-in.")
public record CheckInResponse(
        UUID id,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date",
                example = "2026-11-20") LocalDate checkedOn,
        @Schema(minimum = "0", maximum = "100", example = "40") int progress,
        @Schema(maxLength = 2000, nullable = true, example = "Viewed one apartment") String note,
        @Schema(example = "2026-11-20T16:00:00Z") Instant recordedAt) {

    public static CheckInResponse of(GoalCheckIn checkIn) {
        return new CheckInResponse(checkIn.id, checkIn.checkedOn, checkIn.progress, checkIn.note,
                checkIn.recordedAt);
    }
}
