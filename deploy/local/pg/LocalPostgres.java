import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the local stack (deploy/local/run), from zonky's embedded binaries: no Docker, no system
 * install. Run with the single-file source launcher:
 *
 * <pre>java -cp "$(cat .work/pg.classpath)" LocalPostgres.java &lt;data dir&gt; &lt;binaries dir&gt; [port]</pre>
 *
 * It keeps its data directory between runs, creates one role and one database per service the first time (and
 * whenever one is missing), prints READY, and stays up until the process is told to stop (SIGTERM or Ctrl-C), when
 * a shutdown hook stops the server cleanly ({@code pg_ctl stop -m fast}).
 *
 * As root, zonky runs initdb and postgres through {@code unshare -U} (postgres refuses to run as root).
 */
public class LocalPostgres {

    /** One database per service, owned by its own role. Local demo credentials, never used anywhere else. */
    record ServiceDatabase(String name, String user, String password) {
    }

    static final List<ServiceDatabase> DATABASES = List.of(
            new ServiceDatabase("content", "content", "content"),
            new ServiceDatabase("records", "records", "records"));

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: LocalPostgres <data dir> <binaries dir> [port]");
            System.exit(2);
        }
        File dataDirectory = Path.of(args[0]).toAbsolutePath().toFile();
        File binariesDirectory = Path.of(args[1]).toAbsolutePath().toFile();
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 55432;

        // zonky also uses this directory as the parent of throw-away data directories and sweeps stale ones there,
        // so the binaries directory must never contain the data directory. Keeping both under .work (not /tmp)
        // means root and a normal user running from different checkouts never share files.
        System.setProperty("ot.epg.working-dir", binariesDirectory.getPath());
        if (dataDirectory.toPath().startsWith(binariesDirectory.toPath())) {
            throw new IllegalArgumentException("the data directory must not be inside the binaries directory");
        }

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false) // keep the data between runs; initdb only when there is none yet
                .setOverrideWorkingDirectory(binariesDirectory)
                .setRegisterShutdownHook(false) // ours below closes it, once
                .setPGStartupWait(Duration.ofSeconds(60)) // first start includes initdb
                // PostgreSQL 17's built-in provider: UTF-8 aware and independent of the host's installed locales.
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setLocaleConfig("locale", "C")
                .setServerConfig("listen_addresses", "127.0.0.1")
                // No Unix socket: the default (/tmp) would clash between users and checkouts on the same port.
                .setServerConfig("unix_socket_directories", "''")
                .setServerConfig("max_connections", "100")
                .start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping PostgreSQL...");
            try {
                postgres.close();
                System.out.println("PostgreSQL stopped.");
            } catch (Exception e) {
                System.err.println("Could not stop PostgreSQL cleanly: " + e);
            } finally {
                stopped.countDown();
            }
        }, "local-postgres-stop"));

        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            for (ServiceDatabase database : DATABASES) {
                ensureDatabase(admin, database);
            }
        }

        System.out.println("PostgreSQL " + serverVersion(postgres) + " on 127.0.0.1:" + port + ", data in "
                + dataDirectory);
        System.out.println("READY");
        System.out.flush();

        stopped.await(); // until the shutdown hook has run
    }

    /** Creates the role and database if missing; idempotent, so a half-finished first start heals itself. */
    static void ensureDatabase(Connection admin, ServiceDatabase database) throws SQLException {
        if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", database.user())) {
            try (Statement statement = admin.createStatement()) {
                // Identifiers and the password are our own constants above, not input.
                statement.execute("CREATE ROLE " + database.user() + " LOGIN PASSWORD '" + database.password() + "'");
            }
            System.out.println("Created role " + database.user());
        }
        if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", database.name())) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + database.name() + " OWNER " + database.user()
                        + " ENCODING 'UTF8'");
            }
            System.out.println("Created database " + database.name());
        }
    }

    static boolean exists(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    static String serverVersion(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW server_version")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
