package org.peerpath.api.export;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.peerpath.api.consent.ConsentGate;
import org.peerpath.api.consent.ConsentScope;
import org.peerpath.api.staff.Actor;

/** The SQL of each export file, consent-gated for the job's client and as of the job's transaction time. */
final class ExportQueries {

    static final List<String> TYPES = List.of("Patient", "Encounter", "DocumentReference");

    private ExportQueries() {
    }

    static ConsentScope scopeOf(String type) {
        return switch (type) {
            case "DocumentReference" -> ConsentScope.NOTES;
            case "Encounter" -> ConsentScope.ENCOUNTERS;
            default -> null;
        };
    }

    /** The rows of one type: {@code select <columns> from …} for the job; order by id for a stable file. */
    static String select(ExportJob job, String type, String columns) {
        String group = job.groupId == null ? "" : " and exists (select 1 from peer_assignment a where a.peer_id = %s "
                + "and a.staff_id = :group)";
        String since = job.since == null ? "" : " and %s >= :since";
        return switch (type) {
            case "Patient" -> "select " + columns + " from peer p where p.organization_id = :org and "
                    + ConsentGate.visibleCondition("p.id") + group.formatted("p.id")
                    + " and p.created_at <= :tt" + since.formatted("p.updated_at");
            case "Encounter" -> "select " + columns + " from ehr_document d where d.organization_id = :org and "
                    + "d.kind = 'NOTE' and d.session_id is not null and d.session_start is not null and "
                    + "d.withdrawn_at is null and " + ConsentGate.visibleCondition("d.peer_id")
                    + group.formatted("d.peer_id") + " and d.recorded_at <= :tt" + since.formatted("d.updated_at");
            case "DocumentReference" -> "select " + columns + " from ehr_document d where d.organization_id = :org "
                    + "and d.withdrawn_at is null and " + ConsentGate.visibleCondition("d.peer_id")
                    + group.formatted("d.peer_id") + " and d.recorded_at <= :tt" + since.formatted("d.updated_at");
            default -> throw new IllegalArgumentException(type);
        };
    }

    /** References deleted since {@code _since}: documents withdrawn in error, of people still visible. */
    static String deleted(ExportJob job) {
        String group = job.groupId == null ? "" : " and exists (select 1 from peer_assignment a where a.peer_id = "
                + "d.peer_id and a.staff_id = :group)";
        return "select 'DocumentReference/' || d.id from ehr_document d where d.organization_id = :org and "
                + "d.withdrawn_at >= :since and d.withdrawn_at <= :tt and " + ConsentGate.visibleCondition("d.peer_id")
                + group + " order by d.id";
    }

    static Query bind(EntityManager entityManager, Query query, ExportJob job, Actor client, Optional<String> type) {
        ConsentGate.bind(query, client, type.map(ExportQueries::scopeOf).orElse(ConsentScope.NOTES), Instant.now());
        query.setParameter("tt", job.transactionTime);
        if (job.since != null) {
            query.setParameter("since", job.since);
        }
        if (job.groupId != null) {
            query.setParameter("group", job.groupId);
        }
        return query;
    }

    static Actor clientOf(ExportJob job) {
        return new Actor(job.organizationId, "export:" + job.id, "bulk export", Set.of(), Optional.empty(),
                Optional.empty(), job.clientId, Optional.empty());
    }
}
