package io.junction.sql.dialect;

import io.junction.sql.SeedTables;
import io.junction.sql.compiler.Compiled;
import io.junction.sql.expression.Select;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.junction.sql.CompileSupport.normalize;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Choosing a dialect, its capability flags and execution hooks, and its compile cache under load. */
class DialectTest {

    @Test
    void aDialectForAJdbcUrl() {
        assertThat(Dialect.forUrl("jdbc:postgresql://127.0.0.1:5432/test")).isInstanceOf(PostgresDialect.class);
        assertThat(Dialect.forUrl("JDBC:H2:mem:demo")).isInstanceOf(H2Dialect.class);
        assertThatThrownBy(() -> Dialect.forUrl("jdbc:mysql://localhost/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no Junction dialect for JDBC URL jdbc:mysql://localhost/x; supported are jdbc:postgresql: and jdbc:h2:");
    }

    @Test
    void aDialectForADatabaseProductName() {
        assertThat(Dialect.forProductName("PostgreSQL")).isInstanceOf(PostgresDialect.class);
        assertThat(Dialect.forProductName("H2")).isInstanceOf(H2Dialect.class);
        assertThatThrownBy(() -> Dialect.forProductName("MySQL")).hasMessageContaining("no Junction dialect for database MySQL");
    }

    @Test
    void capabilities() {
        Dialect pg = new PostgresDialect();
        Dialect h2 = new H2Dialect();
        assertThat(pg.name()).isEqualTo("postgresql");
        assertThat(pg).hasToString("postgresql");
        assertThat(h2.name()).isEqualTo("h2");
        assertThat(pg.supportsReturning()).isTrue();
        assertThat(h2.supportsReturning()).isFalse();
        assertThat(pg.supportsMultiRowValues()).isTrue();
        assertThat(h2.supportsMultiRowValues()).isTrue();
        assertThat(pg.maxParameters()).isEqualTo(32767);
        assertThat(h2.maxParameters()).isPositive();
    }

    @Test
    void executionHooks() {
        Dialect pg = new PostgresDialect();
        Dialect h2 = new H2Dialect();
        assertThat(pg.useInsertManyValues()).isTrue();
        assertThat(h2.useInsertManyValues()).isFalse();
        assertThat(pg.insertManyValuesPageSize(3)).isEqualTo(1000);
        assertThat(pg.insertManyValuesPageSize(100)).isEqualTo(327);
        assertThat(pg.insertManyValuesPageSize(40_000)).isEqualTo(1);
        assertThat(h2.normalizeName("NODES_ID")).isEqualTo("nodes_id");
        assertThat(h2.normalizeName("Nodes_Id")).isEqualTo("Nodes_Id");
        assertThat(pg.normalizeName("NODES_ID")).isEqualTo("NODES_ID");
        assertThat(h2.generatedKeyName("id")).isEqualTo("ID");
        assertThat(pg.generatedKeyName("id")).isEqualTo("id");
        java.sql.SQLException shutdown = new java.sql.SQLException("terminating connection", "57P01");
        assertThat(pg.isDisconnect(shutdown)).isTrue();
        assertThat(h2.isDisconnect(shutdown)).isFalse();
        assertThat(h2.isDisconnect(new java.sql.SQLException("no connection", "08006"))).isTrue();
        assertThat(pg.isDisconnect(new java.sql.SQLException("duplicate key", "23505"))).isFalse();
    }

    @Test
    void theCacheStaysBounded() {
        Table nodes = SeedTables.nodes();
        Dialect pg = new PostgresDialect();
        for (int i = 0; i < 5000; i++) {
            pg.compile(select(nodes.c("id").label("l" + i)));
            assertThat(pg.cachedShapes()).isLessThanOrEqualTo(4096);
        }
        assertThat(normalize(pg.compile(select(nodes.c("id").label("l1"))).sql())).isEqualTo("SELECT nodes.id AS l1 FROM nodes");
    }

    @Test
    void oneDialectCompilesFromManyThreads() throws Exception {
        Table nodes = SeedTables.nodes();
        Dialect h2 = new H2Dialect();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        int value = thread * 1000 + i;
                        Select select = select(nodes.c("id")).where(nodes.c("parent_id").eq(value)).limit(i % 3 + 1).offset(value);
                        Compiled compiled = h2.compile(select);
                        if (!compiled.parameters().equals(List.of(value, value, i % 3 + 1))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(h2.cachedShapes()).isEqualTo(1);
    }
}
