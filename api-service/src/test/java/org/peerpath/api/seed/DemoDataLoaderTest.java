package org.peerpath.api.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.peerpath.common.testing.EmbeddedPostgresResource;

import io.quarkus.test.junit.QuarkusTest;

/** The local stack's demo records load on a migrated database of their own, once. */
@QuarkusTest
class DemoDataLoaderTest {

    private static final String DEMO = "filesystem:../seeds/demo/records";

    @Test
    void theDemoRecordsLoadOnceAfterTheSchema() throws Exception {
        DataSource database = freshDatabase();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

        int applied = DemoDataLoader.apply(database, DEMO);
        assertThat(applied).isPositive();
        assertThat(DemoDataLoader.apply(database, DEMO)).isZero();

        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet peers = statement.executeQuery("select count(*) from peer where organization_id = 'demo-agency'");
            peers.next();
            assertThat(peers.getInt(1)).isGreaterThanOrEqualTo(3);
        }
    }

    private static DataSource freshDatabase() throws Exception {
        var server = EmbeddedPostgresResource.server();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists records_demo_check");
            statement.execute("create database records_demo_check");
        }
        return server.getDatabase("postgres", "records_demo_check");
    }
}
