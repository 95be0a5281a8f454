package org.peerpath.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import io.quarkus.arc.Arc;

/**
 * SQL statement budgets per endpoint, so that a query per item (N+1) fails a test instead of reaching production.
 * <p>
 * Counts what Hibernate prepares: entity loads, JPQL and native queries alike all go through its statement preparer
 * (the services use the data source directly only to load demo data at start). The services switch the statistics on
 * in %test ({@code quarkus.hibernate-orm.statistics}). The count is service-wide, so nothing else may run during a
 * measured request: no scheduled jobs (api-service's tests run them under the {@code NoScheduledJobs} profile).
 */
public final class QueryBudget {

    private final Map<String, Integer> budgets;

    private QueryBudget(Map<String, Integer> budgets) {
        this.budgets = budgets;
    }

    /** A budget table: endpoint, statements, endpoint, statements, ... */
    public static QueryBudget of(Object... endpointsAndBudgets) {
        Map<String, Integer> budgets = new LinkedHashMap<>();
        for (int i = 0; i < endpointsAndBudgets.length; i += 2) {
            budgets.put((String) endpointsAndBudgets[i], (Integer) endpointsAndBudgets[i + 1]);
        }
        return new QueryBudget(budgets);
    }

    /** Runs the request; fails when it prepared more statements than the endpoint's budget. Answers the count. */
    public long check(String endpoint, Runnable request) {
        Integer budget = budgets.get(endpoint);
        assertThat(budget).withFailMessage("%s has no query budget", endpoint).isNotNull();
        long count = count(request);
        assertThat(count).withFailMessage("%s prepared %d SQL statements; its budget is %d", endpoint, count, budget)
                .isLessThanOrEqualTo(budget);
        return count;
    }

    /**
     * Checks the budget on a page of many items, and fails when that page cost more than a page of few items plus
     * {@code slack} (statements that may or may not run, such as a value re-read once a second).
     */
    public void checkFlat(String endpoint, int slack, Runnable pageOfFew, Runnable pageOfMany) {
        long few = count(pageOfFew);
        long many = check(endpoint, pageOfMany);
        assertThat(many).withFailMessage("%s prepared %d SQL statements for a page of many items but %d for a page "
                + "of few: the count grows with the page (a query per item?)", endpoint, many, few)
                .isLessThanOrEqualTo(few + slack);
    }

    public void checkFlat(String endpoint, Runnable pageOfFew, Runnable pageOfMany) {
        checkFlat(endpoint, 0, pageOfFew, pageOfMany);
    }

    /** How many statements the service prepared while {@code request} ran. */
    public static long count(Runnable request) {
        Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();
        assertThat(statistics.isStatisticsEnabled())
                .withFailMessage("Hibernate statistics are off: set %%test.quarkus.hibernate-orm.statistics=true")
                .isTrue();
        long before = statistics.getPrepareStatementCount();
        request.run();
        return statistics.getPrepareStatementCount() - before;
    }
}
