package org.peerpath.api.report;

import org.peerpath.api.report.ProgramReport.CoachLine;
import org.peerpath.api.report.ProgramReport.CountLine;
import org.peerpath.api.report.ProgramReport.GoalLine;
import org.peerpath.api.report.ProgramReport.RecoveryCapital;
import org.peerpath.api.report.ProgramReport.RiskLine;

/**
 * The report as one long table ({@code section,item,detail,metric,value}), which a spreadsheet opens as it is and a
 * pivot table regroups as needed.
 */
final class ProgramReportCsv {

    private ProgramReportCsv() {
    }

    static String of(ProgramReport report) {
        Csv csv = new Csv("section", "item", "detail", "metric", "value");
        csv.row("period", "", "", "organization", report.organization());
        csv.row("period", "", "", "from", report.from().toString());
        csv.row("period", "", "", "to", report.to().toString());
        csv.row("period", "", "", "generated_at", report.generatedAt().toString());
        csv.row("peers", "", "", "active_peers", report.activePeers());
        csv.row("peers", "", "", "peers_served", report.peersServed());
        csv.row("sessions", "all", "", "sessions", report.sessions().sessions());
        csv.row("sessions", "all", "", "minutes", report.sessions().minutes());
        csv.row("sessions", "all", "", "units", report.sessions().units());
        for (CoachLine coach : report.perCoach()) {
            String detail = coach.credentials() == null ? "" : coach.credentials();
            csv.row("per_coach", coach.displayName(), detail, "sessions", coach.sessions());
            csv.row("per_coach", coach.displayName(), detail, "minutes", coach.minutes());
            csv.row("per_coach", coach.displayName(), detail, "units", coach.units());
            csv.row("per_coach", coach.displayName(), detail, "peers_served", coach.peersServed());
        }
        counts(csv, "modality", report.modalityMix());
        counts(csv, "stage", report.stages());
        counts(csv, "support_type", report.supportTypes());
        for (RiskLine risk : report.riskFlags()) {
            csv.row("risk_flags", risk.type(), "", "flagged", risk.flagged());
            csv.row("risk_flags", risk.type(), "", "with_referral", risk.withReferral());
        }
        csv.row("goals", "all", "", "set", report.goals().set());
        csv.row("goals", "all", "", "achieved", report.goals().achieved());
        for (GoalLine line : report.goals().byDomain()) {
            csv.row("goals", line.domain(), "", "set", line.set());
            csv.row("goals", line.domain(), "", "achieved", line.achieved());
        }
        RecoveryCapital rc = report.recoveryCapital();
        String item = rc.instrumentCode();
        csv.row("recovery_capital", item, "", "cutoff", rc.cutoff());
        csv.row("recovery_capital", item, "", "complete_assessments", rc.completeAssessments());
        csv.row("recovery_capital", item, "", "incomplete_assessments", rc.incompleteAssessments());
        csv.row("recovery_capital", item, "", "peers_assessed", rc.peersAssessed());
        csv.row("recovery_capital", item, "", "peers_with_change", rc.peersWithChange());
        csv.row("recovery_capital", item, "", "mean_change", rc.meanChange());
        csv.row("recovery_capital", item, "", "crossed_up", rc.crossedUp());
        csv.row("recovery_capital", item, "", "crossed_down", rc.crossedDown());
        csv.row("recovery_capital", item, "", "share_crossed_up", rc.shareCrossedUp());
        csv.row("recovery_capital", item, "", "at_or_above_cutoff_at_last", rc.atOrAboveCutoffAtLast());
        return csv.toString();
    }

    private static void counts(Csv csv, String section, java.util.List<CountLine> lines) {
        for (CountLine line : lines) {
            csv.row(section, line.value(), "", "sessions", line.sessions());
            csv.row(section, line.value(), "", "minutes", line.minutes());
        }
    }
}
