package org.peerpath.api.testing;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Counts the SQL statements that lock rows, so that a test can check that a read takes no lock a concurrent request
 * would wait on. Exclusive locks ({@code for update}, {@code for no key update}) make every other locker of the row
 * wait; shared ones ({@code for share}, {@code for key share}) only writers. As with the query budgets, the counts are
 * service-wide: nothing else may run during a measured request.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class LockingStatements implements StatementInspector {

    private static final Pattern LOCKING =
            Pattern.compile("\\bfor\\s+(no\\s+key\\s+update|update|key\\s+share|share)\\b");

    /** The row locks a request took: statements with an exclusive lock clause, and with a shared one. */
    public record Taken(long exclusive, long shared) {
    }

    private final AtomicLong exclusive = new AtomicLong();
    private final AtomicLong shared = new AtomicLong();

    @Override
    public String inspect(String sql) {
        Matcher lock = LOCKING.matcher(sql.toLowerCase(Locale.ROOT));
        if (lock.find()) {
            (lock.group(1).endsWith("update") ? exclusive : shared).incrementAndGet();
        }
        return sql;
    }

    /** The locking statements the service prepared while {@code request} ran. */
    public Taken during(Runnable request) {
        long exclusiveBefore = exclusive.get();
        long sharedBefore = shared.get();
        request.run();
        return new Taken(exclusive.get() - exclusiveBefore, shared.get() - sharedBefore);
    }
}
