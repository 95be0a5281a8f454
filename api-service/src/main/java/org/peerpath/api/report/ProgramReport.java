package org.peerpath.api.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgramReport", description = "What the program delivered in a period, for one organization, "
        + "computed by the database. Sessions count by service date; peers and assessments by time (UTC).")
public record ProgramReport(
        @Schema(maxLength = 100, example = "demo-agency") String organization,
        @Schema(example = "2026-01-01") LocalDate from,
        @Schema(description = "Inclusive", example = "2026-03-31") LocalDate to,
        @Schema(example = "2026-04-01T08:00:00Z") Instant generatedAt,
        @Schema(description = "Peers enrolled during some part of the period: enrolled on or before its last day and "
                + "not concluded before its first (days in the agency's time zone). Every peer served in the period "
                + "is counted here.",
                example = "12") long activePeers,
        @Schema(description = "Peers with at least one session in the period", example = "9") long peersServed,
        Totals sessions,
        @Schema(maxItems = 1000) List<CoachLine> perCoach,
        @Schema(maxItems = 10) List<CountLine> modalityMix,
        @Schema(description = "Sessions in which each process stage was delivered", maxItems = 10)
        List<CountLine> stages,
        @Schema(description = "Sessions in which each support type was given", maxItems = 10)
        List<CountLine> supportTypes,
        @Schema(maxItems = 20) List<RiskLine> riskFlags,
        Goals goals,
        RecoveryCapital recoveryCapital) {

    @Schema(name = "ProgramReportGoals", description = "Goals set in the period (created) and achieved in it "
            + "(status ACHIEVED, last changed in the period).")
    public record Goals(
            @Schema(example = "14") long set,
            @Schema(example = "5") long achieved,
            @Schema(maxItems = 20) List<GoalLine> byDomain) {
    }

    @Schema(name = "ProgramReportGoalLine")
    public record GoalLine(
            @Schema(maxLength = 30, example = "EMPLOYMENT") String domain,
            @Schema(example = "4") long set,
            @Schema(example = "1") long achieved) {
    }

    @Schema(name = "ProgramReportTotals")
    public record Totals(
            @Schema(example = "42") long sessions,
            @Schema(example = "2310") long minutes,
            @Schema(description = "Billing units (H0038, 15 minutes)", example = "151") long units) {
    }

    @Schema(name = "ProgramReportCoachLine")
    public record CoachLine(
            @Schema(example = "5b1f7a2c-1d3e-4f60-9a8b-7c6d5e4f3a21") UUID staffId,
            @Schema(maxLength = 255, example = "Dana K.") String displayName,
            @Schema(maxLength = 100, nullable = true, example = "CPRS") String credentials,
            @Schema(example = "20") long sessions,
            @Schema(example = "1100") long minutes,
            @Schema(example = "72") long units,
            @Schema(example = "6") long peersServed) {
    }

    @Schema(name = "ProgramReportCountLine")
    public record CountLine(
            @Schema(maxLength = 50, example = "IN_PERSON") String value,
            @Schema(example = "30") long sessions,
            @Schema(example = "1650") long minutes) {
    }

    @Schema(name = "ProgramReportRiskLine")
    public record RiskLine(
            @Schema(maxLength = 50, example = "RECURRENCE_OF_USE") String type,
            @Schema(description = "Times flagged", example = "4") long flagged,
            @Schema(description = "Of those, with a referral recorded", example = "3") long withReferral) {
    }

    @Schema(name = "ProgramReportRecoveryCapital", description = "BARC-10 across the program: for each peer, the "
            + "first and the last complete assessment in the period.")
    public record RecoveryCapital(
            @Schema(maxLength = 50, example = "BARC-10") String instrumentCode,
            @Schema(nullable = true, example = "47") Integer cutoff,
            @Schema(description = "Complete assessments in the period", example = "20") long completeAssessments,
            @Schema(description = "Incomplete ones (no total, left out of every figure)", example = "2")
            long incompleteAssessments,
            @Schema(description = "Peers with at least one complete assessment", example = "11") long peersAssessed,
            @Schema(description = "Peers with two or more, whose change is measured", example = "8")
            long peersWithChange,
            @Schema(nullable = true, description = "Mean of last minus first total over peersWithChange",
                    example = "4.25") BigDecimal meanChange,
            @Schema(description = "Peers who went from below the cut-off to at or above it", example = "3")
            long crossedUp,
            @Schema(description = "Peers who went from at or above the cut-off to below it", example = "0")
            long crossedDown,
            @Schema(nullable = true, description = "crossedUp / peersWithChange, 0 to 1", example = "0.3750")
            BigDecimal shareCrossedUp,
            @Schema(description = "Peers whose last total in the period is at or above the cut-off", example = "5")
            long atOrAboveCutoffAtLast) {
    }
}
