package org.peerpath.api.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.peerpath.api.agency.BillingRounding;

@Schema(name = "Session", description = "A coaching session with derived minutes and billing units.")
public record SessionResponse(
        @Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") UUID id,
        @Schema(example = "0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c15") UUID peerId,
        @Schema(description = "Staff id of the coach who recorded it") UUID coachId,
        @Schema(example = "2026-11-20T15:00:00Z") Instant startedAt,
        @Schema(example = "2026-11-20T15:50:00Z") Instant endedAt,
        @Schema(description = "Date of service in the agency's time zone", example = "2026-11-20") LocalDate serviceDate,
        @Schema(description = "Whole minutes from start to end", example = "50") int minutes,
        @Schema(description = "H0038 units: the minutes rounded by the agency's billingRounding, then limited to "
                + "what the peer's daily cap left on the date of service when the session was recorded. "
                + BillingRounding.RULES + " " + BillingRounding.DAILY_CAP, example = "3") int billingUnits,
        @Schema(maxLength = 10, example = "H0038") String serviceCode,
        @Schema(example = "IN_PERSON") Modality modality,
        @Schema(nullable = true, example = "COMMUNITY") SessionSetting setting,
        boolean groupSession,
        @Schema(maxItems = 5) List<ProcessStage> stages,
        @Schema(maxItems = 4) List<SupportType> supportTypes,
        @Schema(maxItems = 20, example = "[\"healthy-boundaries\"]") List<@Size(max = 100) String> topics,
        @Schema(maxItems = 20, example = "[\"oars\"]") List<@Size(max = 100) String> techniques,
        @Schema(maxItems = 20) List<UUID> goalIds,
        @Schema(maxItems = 10) List<RiskFlag> riskFlags,
        @Schema(maxLength = 4000, nullable = true, example = "Call two housing listings") String nextSteps,
        @Schema(description = "Status of the session's note", example = "DRAFT") NoteStatus noteStatus,
        @Schema(example = "2026-11-20T16:02:00Z") Instant createdAt,
        @Schema(example = "2026-11-20T16:02:00Z") Instant updatedAt,
        @Schema(maxItems = 40, description = "Topics and techniques content-service could not be asked about yet "
                + "(it was unreachable); they are checked again later and drop out of this list once confirmed",
                example = "[\"technique:oars\"]") List<@Size(max = 220) String> unverifiedReferences) {

    public static SessionResponse of(Session session, NoteStatus noteStatus, List<String> unverifiedReferences) {
        return new SessionResponse(session.id, session.peerId, session.coachStaffId, session.startedAt,
                session.endedAt, session.serviceDate, session.minutes, session.billingUnits, session.serviceCode,
                session.modality, session.setting, session.groupSession, List.copyOf(session.stages),
                List.copyOf(session.supportTypes), List.copyOf(session.topics), List.copyOf(session.techniques),
                List.copyOf(session.goalIds), List.copyOf(session.riskFlags), session.nextSteps, noteStatus,
                session.createdAt, session.updatedAt, List.copyOf(unverifiedReferences));
    }
}
