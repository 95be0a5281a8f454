package org.peerpath.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky's embedded binaries, version 17) for the tests of one service, started once per test
 * JVM and shared by every Quarkus application the run boots. It runs as root through {@code unshare}, with no Docker.
 * Init arg {@code database} names the database to create (default {@code app}).
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;
    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        EmbeddedPostgres postgres = server();
        createDatabaseOnce(postgres, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // The server outlives each application so that the run starts it once; the JVM's exit stops it.
    }

    /** The running server, for tests that need a second connection, such as fault tests. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("fsync", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the process is exiting; the data directory is temporary
                }
            }));
        }
        return server;
    }

    /** A database of the running server, for tests that read it directly (such as before-and-after snapshots). */
    public static javax.sql.DataSource database(String name) {
        return server().getDatabase("postgres", name);
    }

    private static void createDatabaseOnce(EmbeddedPostgres postgres, String database) {
        if (!database.matches("[a-z_]+")) {
            throw new IllegalArgumentException("database name must be lower-case letters: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database, e);
        }
    }
}
