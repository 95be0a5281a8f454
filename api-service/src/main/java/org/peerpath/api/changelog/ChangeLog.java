package org.peerpath.api.changelog;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Reads the change feed in a stable order that never passes a row committed late.
 * <p>
 * Rows are ordered by (writing transaction id, sequence) and read only up to the oldest transaction still in flight
 * ({@code pg_snapshot_xmin}): every row below that watermark belongs to a finished transaction, and any row still to
 * commit has a transaction id at or above it, so it sorts after every position already handed out. A reader that
 * keeps its last position therefore gets each row exactly once, whatever the commit order. The cost is latency: a
 * long-running writing transaction holds the feed back until it ends.
 */
@ApplicationScoped
public class ChangeLog {

    @Inject
    EntityManager entityManager;

    /**
     * Rows after {@code after} that pass {@code condition} (SQL over alias {@code ch}, parameters bound by
     * {@code binder}), at most {@code limit}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ChangeRow> read(String organization, FeedPosition after, String condition,
            java.util.function.Consumer<Query> binder, int limit) {
        Query query = entityManager.createNativeQuery("""
                select cast(ch.tx_id as text), ch.seq, ch.organization_id, ch.peer_id, ch.kind, ch.document_id,
                       ch.consent_id, ch.occurred_at
                from ehr_change ch
                where ch.organization_id = :org
                  and (ch.tx_id, ch.seq) > (cast(cast(:afterTx as text) as xid8), :afterSeq)
                  and ch.tx_id < pg_snapshot_xmin(pg_current_snapshot())
                  and (""" + condition + """
                )
                order by ch.tx_id, ch.seq
                limit :limit""")
                .setParameter("org", organization)
                .setParameter("afterTx", Long.toString(after.txId()))
                .setParameter("afterSeq", after.seq())
                .setParameter("limit", limit);
        binder.accept(query);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<ChangeRow> changes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            changes.add(new ChangeRow(Long.parseLong(row[0].toString()), ((Number) row[1]).longValue(),
                    (String) row[2], uuid(row[3]), EhrChangeKind.valueOf((String) row[4]), uuid(row[5]),
                    uuid(row[6]), instant(row[7])));
        }
        return changes;
    }

    private static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
