package io.junction.sql;

import io.junction.sql.compiler.Compiled;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.dialect.H2Dialect;
import io.junction.sql.dialect.PostgresDialect;
import io.junction.sql.expression.Statement;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Compiles statements and compares their text with whitespace collapsed. */
public final class CompileSupport {

    private CompileSupport() {
    }

    /** Collapses runs of whitespace (the compiler breaks lines before FROM, WHERE, ...) into one space. */
    public static String normalize(String sql) {
        return sql.trim().replaceAll("\\s+", " ");
    }

    /** A fresh dialect of each kind, for {@code @MethodSource("io.junction.sql.CompileSupport#dialects")}. */
    public static Stream<Dialect> dialects() {
        return Stream.of(new PostgresDialect(), new H2Dialect());
    }

    public static String sql(Dialect dialect, Statement statement) {
        return normalize(dialect.compile(statement).sql());
    }

    /** Asserts the whole statement's text and its parameter values, in order. */
    public static Compiled assertCompiles(Dialect dialect, Statement statement, String expectedSql, Object... expectedParameters) {
        Compiled compiled = dialect.compile(statement);
        assertThat(normalize(compiled.sql())).as("SQL on %s", dialect).isEqualTo(expectedSql);
        assertThat(compiled.parameters()).as("parameters on %s of %s", dialect, expectedSql)
                .containsExactlyElementsOf(Arrays.asList(expectedParameters));
        return compiled;
    }

    /** Like {@link #assertCompiles} on both PostgreSQL and H2, for constructs both write alike. */
    public static void assertCompilesOnBoth(Statement statement, String expectedSql, Object... expectedParameters) {
        dialects().forEach(dialect -> assertCompiles(dialect, statement, expectedSql, expectedParameters));
    }
}
