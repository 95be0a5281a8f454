package org.peerpath.api.relapseplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RelapsePreventionPlan", description = "One version of a peer's relapse-prevention plan.")
public record PlanResponse(
        @Schema(example = "8d2e4f60-1a3b-4c5d-9e7f-0a1b2c3d4e5f") UUID planId,
        @Schema(example = "0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c15") UUID peerId,
        @Schema(description = "This version's number, from 1", example = "3") int versionNumber,
        @Schema(description = "The current version's number", example = "3") int currentVersion,
        WarningSigns warningSigns,
        @Schema(maxItems = 30, example = "[\"Payday\"]") List<@Size(max = 500) String> highRiskSituations,
        @Schema(maxItems = 30, example = "[\"Arguments at home\"]") List<@Size(max = 500) String> triggers,
        @Schema(maxItems = 30) List<CopingStrategyResponse> copingStrategies,
        @Schema(maxItems = 20, example = "[\"I want to be there for my daughter\"]") List<@Size(max = 2000) String> reasonsForRecovery,
        @Schema(maxItems = 10) List<CallEntryResponse> whomToCall,
        @Schema(maxItems = 20) List<PlanContact> professionalContacts,
        @Schema(maxItems = 10) List<PlanContact> crisisLines,
        @Schema(nullable = true, example = "2027-02-01") LocalDate reviewDate,
        @Schema(description = "Whether the review date has come", example = "false") boolean reviewDue,
        @Schema(nullable = true, maxLength = 1000, example = "Added payday") String changeNote,
        @Schema(maxLength = 255, example = "Dana K.") String writtenByName,
        @Schema(example = "2026-11-20T15:00:00Z") Instant writtenAt) {
}
