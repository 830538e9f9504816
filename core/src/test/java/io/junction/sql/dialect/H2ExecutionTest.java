package io.junction.sql.dialect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/** The execution scenarios on a fresh in-memory H2 database per test. */
class H2ExecutionTest extends ExecutionScenarios {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    H2ExecutionTest() {
        super(new H2Dialect());
    }

    @Override
    protected Connection openEmptyDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:sql-execution-" + DATABASES.incrementAndGet());
    }
}
