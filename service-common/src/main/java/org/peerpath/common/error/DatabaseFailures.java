package org.peerpath.common.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.stream.Stream;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure to get a working database connection (the server unreachable, stopping or starting, or the pool
 * exhausted under load)
 * from other failures, wherever it sits in the cause chain: Hibernate reports a pool's acquisition timeout as a
 * generic JDBC failure, and a failed commit wraps what went wrong. A request that got no connection changed
 * nothing, so it is worth retrying: 503 with Retry-After rather than 500.
 */
final class DatabaseFailures {

    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** The pool (Agroal) raises its own failures, such as an acquisition timeout, without a SQLSTATE. */
    private static final String POOL_PACKAGE = "io.agroal.pool.";
    /**
     * A server that is stopping, crashed or not accepting connections yet (57P01 admin_shutdown, 57P02 crash_shutdown,
     * 57P03 cannot_connect_now): the first requests of an outage get these, and Hibernate reports them as generic.
     */
    private static final Set<String> SERVER_UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");
    private static final int MAX_DEPTH = 10;

    private DatabaseFailures() {
    }

    static boolean noConnection(Throwable failure) {
        return causes(failure).anyMatch(cause -> cause instanceof JDBCConnectionException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLException sql && (sql.getSQLState() == null ? raisedByPool(sql)
                        : sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                                || SERVER_UNAVAILABLE_STATES.contains(sql.getSQLState())));
    }

    /** Whether the database answered with this SQLSTATE anywhere in the failure's causes. */
    static boolean hasSqlState(Throwable failure, String sqlState) {
        return causes(failure)
                .anyMatch(cause -> cause instanceof SQLException sql && sqlState.equals(sql.getSQLState()));
    }

    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, cause -> cause != null,
                cause -> cause.getCause() == cause ? null : cause.getCause()).limit(MAX_DEPTH);
    }

    private static boolean raisedByPool(SQLException exception) {
        StackTraceElement[] frames = exception.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith(POOL_PACKAGE);
    }
}
