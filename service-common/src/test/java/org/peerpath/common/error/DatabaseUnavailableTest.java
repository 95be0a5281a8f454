package org.peerpath.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL server going down ends its sessions with SQLState 57P01, which Hibernate reports as a generic JDBC
 * error: that is the database being unavailable (503, retry), not a bug (500). deploy/checks/faults shows it end to
 * end.
 */
class DatabaseUnavailableTest {

    @Test
    void aServerShuttingDownOrStartingIsUnavailable() {
        assertThat(DatabaseFailures.noConnection(failure("57P01"))).isTrue(); // admin_shutdown
        assertThat(DatabaseFailures.noConnection(failure("57P02"))).isTrue(); // crash_shutdown
        assertThat(DatabaseFailures.noConnection(failure("57P03"))).isTrue(); // cannot_connect_now
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseFailures.noConnection(failure("23505"))).isFalse(); // unique_violation
        assertThat(DatabaseFailures.noConnection(failure("57014"))).isFalse(); // query_canceled
        assertThat(DatabaseFailures.noConnection(failure(null))).isFalse();
    }

    @Test
    void aConnectionFailureDeepInTheCausesIsUnavailable() {
        assertThat(DatabaseFailures.noConnection(new IllegalStateException("commit failed", failure("08006")))).isTrue();
    }

    private static GenericJDBCException failure(String sqlState) {
        return new GenericJDBCException("could not execute statement", new SQLException("failed", sqlState));
    }
}
