package org.peerpath.api.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.peerpath.api.report.ProgramReport.CoachLine;
import org.peerpath.api.report.ProgramReport.CountLine;
import org.peerpath.api.report.ProgramReport.GoalLine;
import org.peerpath.api.report.ProgramReport.Goals;
import org.peerpath.api.report.ProgramReport.RecoveryCapital;
import org.peerpath.api.report.ProgramReport.RiskLine;
import org.peerpath.api.report.ProgramReport.Totals;

/** The report's figures, each one SQL aggregate over the organization's rows; no rows are loaded into memory. */
@ApplicationScoped
public class ProgramReportQueries {

    static final String BARC_10 = "BARC-10";

    private static final String SESSIONS_IN_PERIOD = " from session s where s.organization_id = :org"
            + " and s.service_date between :from and :to";

    @Inject
    EntityManager em;

    /**
     * Peers enrolled on or before the period's last day and not concluded before its first, by calendar days in the
     * agency's time zone like sessions' service dates: every peer served in the period is one of them, because a
     * session is recorded from the peer's enrolment on and not after their conclusion.
     */
    public long activePeers(String org, LocalDate from, LocalDate to, String timeZone) {
        return number(em.createNativeQuery("select count(*) from peer p where p.organization_id = :org"
                + " and p.enrolled_on <= :to"
                + " and (p.concluded_at is null or (p.concluded_at at time zone :zone)::date >= :from)")
                .setParameter("org", org).setParameter("from", from).setParameter("to", to)
                .setParameter("zone", timeZone).getSingleResult());
    }

    public long peersServed(String org, LocalDate from, LocalDate to) {
        return number(period(em.createNativeQuery("select count(distinct s.peer_id)" + SESSIONS_IN_PERIOD), org,
                from, to).getSingleResult());
    }

    public Totals totals(String org, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) period(em.createNativeQuery("select count(*), coalesce(sum(s.minutes), 0),"
                + " coalesce(sum(s.billing_units), 0)" + SESSIONS_IN_PERIOD), org, from, to).getSingleResult();
        return new Totals(number(row[0]), number(row[1]), number(row[2]));
    }

    @SuppressWarnings("unchecked")
    public List<CoachLine> perCoach(String org, LocalDate from, LocalDate to) {
        List<Object[]> rows = period(em.createNativeQuery("select s.coach_staff_id, st.display_name, st.credentials,"
                + " count(*), sum(s.minutes), sum(s.billing_units), count(distinct s.peer_id)"
                + " from session s join staff st on st.id = s.coach_staff_id"
                + " where s.organization_id = :org and s.service_date between :from and :to"
                + " group by s.coach_staff_id, st.display_name, st.credentials"
                + " order by st.display_name, s.coach_staff_id"), org, from, to).getResultList();
        return rows.stream().map(r -> new CoachLine((UUID) r[0], (String) r[1], (String) r[2], number(r[3]),
                number(r[4]), number(r[5]), number(r[6]))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<CountLine> modalityMix(String org, LocalDate from, LocalDate to) {
        List<Object[]> rows = period(em.createNativeQuery("select s.modality, count(*), sum(s.minutes)"
                + SESSIONS_IN_PERIOD + " group by s.modality order by s.modality"), org, from, to).getResultList();
        return rows.stream().map(r -> new CountLine((String) r[0], number(r[1]), number(r[2]))).toList();
    }

    /** Sessions (and their minutes) in which each value of a JSON array column occurs. */
    @SuppressWarnings("unchecked")
    public List<CountLine> delivered(String org, LocalDate from, LocalDate to, String column) {
        if (!column.equals("stages") && !column.equals("support_types")) {
            throw new IllegalArgumentException(column);
        }
        List<Object[]> rows = period(em.createNativeQuery("select v.value, count(distinct s.id),"
                + " sum(s.minutes) from session s cross join lateral (select distinct e as value from"
                + " jsonb_array_elements_text(s." + column + ") e) v"
                + " where s.organization_id = :org and s.service_date between :from and :to"
                + " group by v.value order by v.value"), org, from, to).getResultList();
        return rows.stream().map(r -> new CountLine((String) r[0], number(r[1]), number(r[2]))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<RiskLine> riskFlags(String org, LocalDate from, LocalDate to) {
        List<Object[]> rows = period(em.createNativeQuery("select f ->> 'type', count(*),"
                + " count(*) filter (where coalesce(btrim(f ->> 'referral'), '') <> '')"
                + " from session s cross join lateral jsonb_array_elements(s.risk_flags) f"
                + " where s.organization_id = :org and s.service_date between :from and :to"
                + " group by 1 order by 1"), org, from, to).getResultList();
        return rows.stream().map(r -> new RiskLine((String) r[0], number(r[1]), number(r[2]))).toList();
    }

    /** Goals created in the period, and goals achieved in it (status ACHIEVED, last changed in the period). */
    @SuppressWarnings("unchecked")
    public Goals goals(String org, Instant start, Instant end) {
        List<Object[]> rows = em.createNativeQuery("select g.domain,"
                + " count(*) filter (where g.created_at >= :start and g.created_at < :end),"
                + " count(*) filter (where g.status = 'ACHIEVED' and g.updated_at >= :start and g.updated_at < :end)"
                + " from goal g where g.organization_id = :org and ((g.created_at >= :start and g.created_at < :end)"
                + " or (g.status = 'ACHIEVED' and g.updated_at >= :start and g.updated_at < :end))"
                + " group by g.domain order by g.domain")
                .setParameter("org", org).setParameter("start", start).setParameter("end", end).getResultList();
        List<GoalLine> lines = rows.stream().map(r -> new GoalLine((String) r[0], number(r[1]), number(r[2])))
                .toList();
        return new Goals(lines.stream().mapToLong(GoalLine::set).sum(),
                lines.stream().mapToLong(GoalLine::achieved).sum(), lines);
    }

    public RecoveryCapital recoveryCapital(String org, Instant start, Instant end) {
        Object cutoff = em.createNativeQuery("select max(cutoff) from assessment_instrument where code = :code"
                + " and status = 'ACTIVE'").setParameter("code", BARC_10).getSingleResult();
        Object[] counts = (Object[]) em.createNativeQuery("select count(*) filter (where a.complete),"
                + " count(*) filter (where not a.complete)"
                + " from assessment a join assessment_instrument i on i.id = a.instrument_id"
                + " where a.organization_id = :org and i.code = :code"
                + " and a.administered_at >= :start and a.administered_at < :end")
                .setParameter("org", org).setParameter("code", BARC_10).setParameter("start", start)
                .setParameter("end", end).getSingleResult();
        Object[] row = (Object[]) em.createNativeQuery("""
                with ranked as (
                    select a.peer_id, a.total_score, i.cutoff,
                           row_number() over (partition by a.peer_id order by a.administered_at, a.id) as first_rank,
                           row_number() over (partition by a.peer_id
                                              order by a.administered_at desc, a.id desc) as last_rank,
                           count(*) over (partition by a.peer_id) as n
                    from assessment a join assessment_instrument i on i.id = a.instrument_id
                    where a.organization_id = :org and i.code = :code and a.complete
                      and a.administered_at >= :start and a.administered_at < :end
                ), per_peer as (
                    select peer_id, max(n) as n, max(cutoff) as cutoff,
                           max(total_score) filter (where first_rank = 1) as first_total,
                           max(total_score) filter (where last_rank = 1) as last_total
                    from ranked group by peer_id
                )
                select count(*),
                       count(*) filter (where n >= 2),
                       round(avg(last_total - first_total) filter (where n >= 2), 2),
                       count(*) filter (where n >= 2 and first_total < cutoff and last_total >= cutoff),
                       count(*) filter (where n >= 2 and first_total >= cutoff and last_total < cutoff),
                       round(count(*) filter (where n >= 2 and first_total < cutoff and last_total >= cutoff)::numeric
                             / nullif(count(*) filter (where n >= 2), 0), 4),
                       count(*) filter (where last_total >= cutoff)
                from per_peer
                """).setParameter("org", org).setParameter("code", BARC_10).setParameter("start", start)
                .setParameter("end", end).getSingleResult();
        return new RecoveryCapital(BARC_10, cutoff == null ? null : ((Number) cutoff).intValue(),
                number(counts[0]), number(counts[1]), number(row[0]), number(row[1]), decimal(row[2]),
                number(row[3]), number(row[4]), decimal(row[5]), number(row[6]));
    }

    private static Query period(Query query, String org, LocalDate from, LocalDate to) {
        return query.setParameter("org", org).setParameter("from", from).setParameter("to", to);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
