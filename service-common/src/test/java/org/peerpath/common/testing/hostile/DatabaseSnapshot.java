package org.peerpath.common.testing.hostile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * The row count and a digest of the rows of every table of a database, to show that refused requests wrote nothing.
 * Rows are compared as PostgreSQL prints them, sorted, so the digest does not depend on physical order.
 */
record DatabaseSnapshot(Map<String, String> tables) {

    static DatabaseSnapshot of(DataSource database, Set<String> excluded) {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_schema || '.' || table_name from "
                    + "information_schema.tables where table_type = 'BASE TABLE' "
                    + "and table_schema not in ('pg_catalog', 'information_schema')")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                if (excluded.contains(name.substring(name.indexOf('.') + 1))) {
                    continue;
                }
                try (ResultSet digest = statement.executeQuery("select count(*) || ' rows, md5 ' || "
                        + "coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '-') from " + name + " t")) {
                    digest.next();
                    tables.put(name, digest.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not snapshot the database", e);
        }
        return new DatabaseSnapshot(tables);
    }

    /** The tables whose rows differ from the earlier snapshot, with both states. */
    List<String> changesSince(DatabaseSnapshot before) {
        List<String> changes = new ArrayList<>();
        tables.forEach((table, state) -> {
            String earlier = before.tables().get(table);
            if (!state.equals(earlier)) {
                changes.add(table + ": " + earlier + " -> " + state);
            }
        });
        return changes;
    }
}
