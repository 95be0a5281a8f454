package org.peerpath.api.fhir;

/**
 * The one query of the rows of a {@link DisclosedType} a client may see: a table of the organization, an optional
 * condition, the column naming the person (which the consent gate filters on). FHIR read and search, bulk export
 * and the change feed all start from it ({@link FhirReader}); nothing else decides which rows exist for a client.
 *
 * @param table           the table, e.g. {@code goal}
 * @param alias           its alias in every condition and column below, e.g. {@code g}
 * @param idColumn        the FHIR logical id
 * @param keyColumn       a unique key of the row (the keyset's tie-breaker; the id unless one id spans rows)
 * @param peerColumn      the person the row is about
 * @param orderColumn     the instant searches page by, with {@code keyColumn}
 * @param descending      whether searches list the newest first
 * @param updatedColumn   when the row last changed ({@code _lastUpdated}, export {@code _since})
 * @param recordedColumn  when the row came to exist (an export holds rows recorded up to its transaction time)
 * @param condition       which rows of the table are of this type (SQL over the alias), or null for all
 * @param exportCondition which of them an export file holds (SQL), or null for all: withdrawn ones are listed as
 *                        deleted instead
 * @param deletedColumn   when a row was withdrawn (listed under {@code deleted} by an export with {@code _since}),
 *                        or null when rows of the type are never withdrawn
 */
public record SourceQuery(String table, String alias, String idColumn, String keyColumn, String peerColumn,
        String orderColumn, boolean descending, String updatedColumn, String recordedColumn, String condition,
        String exportCondition, String deletedColumn) {

    /** A table whose rows are one resource each, by id, paged oldest {@code created_at} first. */
    public static SourceQuery of(String table, String alias) {
        return new SourceQuery(table, alias, alias + ".id", alias + ".id", alias + ".peer_id", alias + ".created_at",
                false, alias + ".updated_at", alias + ".created_at", null, null, null);
    }

    public SourceQuery withPeerColumn(String column) {
        return new SourceQuery(table, alias, idColumn, keyColumn, column, orderColumn, descending, updatedColumn,
                recordedColumn, condition, exportCondition, deletedColumn);
    }

    public SourceQuery withIdColumn(String column) {
        return new SourceQuery(table, alias, column, keyColumn, peerColumn, orderColumn, descending, updatedColumn,
                recordedColumn, condition, exportCondition, deletedColumn);
    }

    public SourceQuery orderedBy(String column, boolean newestFirst) {
        return new SourceQuery(table, alias, idColumn, keyColumn, peerColumn, column, newestFirst, updatedColumn,
                recordedColumn, condition, exportCondition, deletedColumn);
    }

    /** Rows whose last change is {@code column} (a table without {@code updated_at}). */
    public SourceQuery updatedAt(String column) {
        return new SourceQuery(table, alias, idColumn, keyColumn, peerColumn, orderColumn, descending, column,
                recordedColumn, condition, exportCondition, deletedColumn);
    }

    public SourceQuery recordedAt(String column) {
        return new SourceQuery(table, alias, idColumn, keyColumn, peerColumn, orderColumn, descending, updatedColumn,
                column, condition, exportCondition, deletedColumn);
    }

    public SourceQuery where(String sql) {
        return new SourceQuery(table, alias, idColumn, keyColumn, peerColumn, orderColumn, descending, updatedColumn,
                recordedColumn, sql, exportCondition, deletedColumn);
    }

    /** Rows withdrawn at {@code column} stay in FHIR (entered in error) but leave exports for the deleted list. */
    public SourceQuery withdrawnAt(String column) {
        return new SourceQuery(table, alias, idColumn, keyColumn, peerColumn, orderColumn, descending, updatedColumn,
                recordedColumn, condition, column + " is null", column);
    }

    /** Export files hold only the rows that also pass {@code sql}. */
    public SourceQuery exportedWhen(String sql) {
        return new SourceQuery(table, alias, idColumn, keyColumn, peerColumn, orderColumn, descending, updatedColumn,
                recordedColumn, condition, sql, deletedColumn);
    }

    /** {@code select <columns> from <table> <alias> where <alias>.organization_id = :org [and <condition>]}. */
    String select(String columns) {
        return "select " + columns + " from " + table + " " + alias + " where " + alias + ".organization_id = :org"
                + (condition == null ? "" : " and " + condition);
    }
}
