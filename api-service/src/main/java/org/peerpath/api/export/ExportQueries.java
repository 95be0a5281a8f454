package org.peerpath.api.export;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Query;

import org.peerpath.api.consent.ConsentGate;
import org.peerpath.api.fhir.DisclosedType;
import org.peerpath.api.fhir.FhirReader;
import org.peerpath.api.fhir.SourceQuery;
import org.peerpath.api.staff.Actor;

/**
 * The SQL of each export file: the type's one query of what the client may see ({@link FhirReader#select}), as of
 * the job's transaction time, narrowed by {@code _since} and the group.
 */
final class ExportQueries {

    private ExportQueries() {
    }

    /** The rows of one type: {@code select <columns> from …} for the job. */
    static String select(ExportJob job, DisclosedType<?> type, String columns) {
        SourceQuery source = type.query();
        return FhirReader.select(type, columns)
                + (source.exportCondition() == null ? "" : " and " + source.exportCondition())
                + " and " + source.recordedColumn() + " <= :tt"
                + (job.since == null ? "" : " and " + source.updatedColumn() + " >= :since")
                + group(job, source);
    }

    /** References of the type's rows withdrawn since {@code _since}, of people still visible. */
    static String deleted(ExportJob job, DisclosedType<?> type) {
        SourceQuery source = type.query();
        return FhirReader.select(type, "'" + type.fhirType() + "/' || " + source.idColumn()) + " and "
                + source.deletedColumn() + " >= :since and " + source.deletedColumn() + " <= :tt" + group(job, source)
                + " order by " + source.keyColumn();
    }

    /** Whether an export with {@code _since} lists the type's deletions. */
    static boolean listsDeleted(ExportJob job, DisclosedType<?> type) {
        return job.since != null && type.query().deletedColumn() != null;
    }

    private static String group(ExportJob job, SourceQuery source) {
        return job.groupId == null ? "" : " and exists (select 1 from peer_assignment pa where pa.peer_id = "
                + source.peerColumn() + " and pa.staff_id = :group)";
    }

    static Query bind(Query query, ExportJob job, Actor client, DisclosedType<?> type) {
        ConsentGate.bind(query, client, type.scope(), Instant.now());
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
