package org.peerpath.api.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.peerpath.common.testing.EmbeddedPostgresResource;

import io.quarkus.test.junit.QuarkusTest;

/** The demo outcomes seed applies on top of the migrations and the demo agency (in a rolled-back transaction). */
@QuarkusTest
class DemoOutcomesSeedTest {

    private static final Path SEEDS = Path.of("..", "seeds", "demo", "records");

    @Test
    void theDemoOutcomesApplyAndTellAStory() throws Exception {
        try (Connection connection = EmbeddedPostgresResource.server().getDatabase("postgres", "records")
                .getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(Files.readString(SEEDS.resolve("V9000__demo_agency.sql")));
                statement.execute(Files.readString(SEEDS.resolve("V9080__demo_outcomes.sql")));
                ResultSet totals = statement.executeQuery("select string_agg(coalesce(total_score::text, '-'), ',' "
                        + "order by administered_at) from assessment where id::text like 'a5000000%' "
                        + "and peer_id = '0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01'");
                totals.next();
                assertThat(totals.getString(1)).isEqualTo("38,44,49");
                ResultSet consistent = statement.executeQuery("select count(*) from assessment a where "
                        + "id::text like 'a5000000%' and a.complete and a.total_score <> (select sum((e ->> 'value')::int) "
                        + "from jsonb_array_elements(a.answers) e)");
                consistent.next();
                assertThat(consistent.getInt(1)).isZero();
                ResultSet plans = statement.executeQuery("select count(*) from relapse_prevention_plan_version "
                        + "where id::text like '9f000000%'");
                plans.next();
                assertThat(plans.getInt(1)).isEqualTo(3);
            } finally {
                connection.rollback();
            }
        }
    }
}
