package org.peerpath.api.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.peerpath.common.testing.EmbeddedPostgresResource;

import io.quarkus.test.junit.QuarkusTest;

/** The demo agency's seed applies cleanly on top of the migrations (in a transaction that is rolled back). */
@QuarkusTest
class DemoSeedTest {

    private static final Path SEED = Path.of("..", "seeds", "demo", "records", "V9000__demo_agency.sql");

    @Test
    void theDemoSeedAppliesToTheMigratedSchema() throws Exception {
        String sql = Files.readString(SEED);
        try (Connection connection = EmbeddedPostgresResource.server().getDatabase("postgres", "records")
                .getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
                ResultSet peers = statement.executeQuery(
                        "select count(*) from peer where organization_id = 'demo-agency' and id::text like '0f8e1b9c%'");
                peers.next();
                assertThat(peers.getInt(1)).isEqualTo(3);
                ResultSet signed = statement.executeQuery("select count(*) from session_note where status = 'SIGNED' "
                        + "and id = '8d000000-0000-4000-8000-000000000001'");
                signed.next();
                assertThat(signed.getInt(1)).isEqualTo(1);
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void theDemoGoalsAndNetworkPlanApplyAfterTheAgency() throws Exception {
        String sql = Files.readString(SEED) + "\n" + Files.readString(SEED.resolveSibling(
                "V9004__demo_goals_and_network_plan.sql"));
        try (Connection connection = EmbeddedPostgresResource.server().getDatabase("postgres", "records")
                .getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
                ResultSet contacts = statement.executeQuery("select count(*) from network_plan_version v, "
                        + "jsonb_array_elements(v.members -> 'members') m where v.id = "
                        + "'5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3d01' and (m ->> 'crisisContact')::boolean");
                contacts.next();
                assertThat(contacts.getInt(1)).isEqualTo(2);
                ResultSet goals = statement.executeQuery("select count(*) from goal where organization_id = "
                        + "'demo-agency' and id::text like '9a000000%'");
                goals.next();
                assertThat(goals.getInt(1)).isEqualTo(2);
            } finally {
                connection.rollback();
            }
        }
    }
}
