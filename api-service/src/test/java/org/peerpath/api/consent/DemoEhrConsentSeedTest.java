package org.peerpath.api.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peerpath.common.testing.EmbeddedPostgresResource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo EHR consent seed applies on top of the migrations and the other demo seeds (in a rolled-back transaction),
 * and the consent gate's own conditions let the demo EHR client {@code peerpath-ehr-demo} receive every kind of
 * record of exactly one demo peer.
 */
@QuarkusTest
class DemoEhrConsentSeedTest {

    private static final Path SEEDS = Path.of("..", "seeds", "demo", "records");
    private static final String PAT = "0f8e1b9c-3a52-4c7d-8e21-6b4f2d9a7c01";

    @Test
    void theDemoEhrClientHasAnActiveConsentOnOneDemoPeer() throws Exception {
        try (Connection connection = EmbeddedPostgresResource.server().getDatabase("postgres", "records")
                .getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String seed : List.of("V9000__demo_agency.sql", "V9004__demo_goals_and_network_plan.sql",
                        "V9080__demo_outcomes.sql", "V9090__demo_ehr_consent.sql")) {
                    statement.execute(Files.readString(SEEDS.resolve(seed)));
                }
                // applying it twice changes nothing
                statement.execute(Files.readString(SEEDS.resolve("V9090__demo_ehr_consent.sql")));
                for (ConsentScope scope : ConsentScope.values()) {
                    assertThat(visiblePeers(statement, scope)).as(scope.name()).containsExactly(PAT);
                }
                assertThat(visiblePeers(statement, null)).containsExactly(PAT);
                ResultSet other = statement.executeQuery(condition(ConsentScope.NOTES)
                        .replace("'peerpath-ehr-demo'", "'some-other-client'"));
                assertThat(other.next()).isFalse();
                // and the demo peer has records of the kinds the consent covers
                ResultSet records = statement.executeQuery("select (select count(*) from goal where peer_id = '" + PAT
                        + "'), (select count(*) from network_plan where peer_id = '" + PAT + "'), "
                        + "(select count(*) from assessment where peer_id = '" + PAT + "'), "
                        + "(select count(*) from relapse_prevention_plan where peer_id = '" + PAT + "')");
                records.next();
                for (int column = 1; column <= 4; column++) {
                    assertThat(records.getInt(column)).as("column " + column).isPositive();
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private static List<String> visiblePeers(Statement statement, ConsentScope scope) throws Exception {
        List<String> peers = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(condition(scope))) {
            while (rows.next()) {
                peers.add(rows.getString(1));
            }
        }
        return peers;
    }

    /** The query {@link ConsentGate#visiblePeerIds} runs, with its parameters written in. */
    private static String condition(ConsentScope scope) {
        return ("select distinct c.peer_id from consent c where c.organization_id = :org and "
                + ConsentRepository.IN_EFFECT + " and " + ConsentRepository.NAMES_CLIENT + " order by c.peer_id")
                .replace(":org", "'demo-agency'")
                .replace(":client", "'peerpath-ehr-demo'")
                .replace(":now", "now()")
                .replace(":scope", "'" + ConsentRepository.scopeParameter(scope) + "'");
    }
}
