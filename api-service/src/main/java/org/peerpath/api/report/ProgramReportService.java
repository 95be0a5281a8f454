package org.peerpath.api.report;

import org.peerpath.api.audit.AuditResourceType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.peerpath.api.agency.AgencySettingsRepository;
import org.peerpath.api.audit.AuditAction;
import org.peerpath.api.audit.AuditLog;
import org.peerpath.api.common.time.Now;
import org.peerpath.api.staff.Actor;
import org.peerpath.api.staff.CurrentActor;
import org.peerpath.common.error.ProblemException;

/** Program reports for supervisors and org-admins: the caller's organization only, one period, audited. */
@ApplicationScoped
@Transactional
public class ProgramReportService {

    static final long MAX_DAYS = 3 * 366;

    @Inject
    CurrentActor currentActor;

    @Inject
    ProgramReportQueries queries;

    @Inject
    AuditLog audit;

    @Inject
    AgencySettingsRepository agencySettings;

    public ProgramReport report(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before 'from'");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ProblemException.invalidField("to", "a report covers at most three years");
        }
        Actor actor = currentActor.get();
        String org = actor.organization();
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        ProgramReport report = new ProgramReport(org, from, to, Now.instant(),
                queries.activePeers(org, from, to, agencySettings.current(org).timeZone),
                queries.peersServed(org, from, to),
                queries.totals(org, from, to),
                queries.perCoach(org, from, to),
                queries.modalityMix(org, from, to),
                queries.delivered(org, from, to, "stages"),
                queries.delivered(org, from, to, "support_types"),
                queries.riskFlags(org, from, to),
                queries.goals(org, start, end),
                queries.recoveryCapital(org, start, end));
        audit.success(actor, AuditAction.READ, AuditResourceType.PROGRAM_REPORT, null, null);
        return report;
    }
}
