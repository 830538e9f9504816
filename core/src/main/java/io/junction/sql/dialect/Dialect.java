package io.junction.sql.dialect;

import io.junction.sql.compiler.Compiled;
import io.junction.sql.compiler.DdlCompiler;
import io.junction.sql.compiler.IdentifierPreparer;
import io.junction.sql.compiler.SqlCompiler;
import io.junction.sql.compiler.SqlTemplate;
import io.junction.sql.expression.Shape;
import io.junction.sql.expression.Statement;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One database's SQL: its capabilities, its identifier rules, and the compilers that write its
 * statements. Compiled text is cached by statement shape, so a statement shape is compiled once.
 */
public abstract class Dialect {
    private static final int CACHE_LIMIT = 4096;

    private final IdentifierPreparer preparer;
    private final Map<String, SqlTemplate> cache = new ConcurrentHashMap<>();

    protected Dialect(Set<String> reservedWords) {
        this.preparer = new IdentifierPreparer(reservedWords);
    }

    /** The dialect for a JDBC URL ({@code jdbc:postgresql:...}, {@code jdbc:h2:...}). */
    public static Dialect forUrl(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        if (url.startsWith("jdbc:h2:")) {
            return new H2Dialect();
        }
        throw new IllegalArgumentException("no Junction dialect for JDBC URL " + jdbcUrl
                + "; supported are jdbc:postgresql: and jdbc:h2:");
    }

    /** The dialect for a database product name as JDBC reports it ({@code PostgreSQL}, {@code H2}). */
    public static Dialect forProductName(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return new PostgresDialect();
        }
        if (name.equals("h2")) {
            return new H2Dialect();
        }
        throw new IllegalArgumentException("no Junction dialect for database " + productName
                + "; supported are PostgreSQL and H2");
    }

    /** A short name, such as {@code postgresql}. */
    public abstract String name();

    /** Whether INSERT and UPDATE can return columns with {@code RETURNING}. */
    public abstract boolean supportsReturning();

    /** Whether one INSERT can carry several rows in its VALUES. */
    public abstract boolean supportsMultiRowValues();

    /** The most bind parameters one statement may carry. */
    public abstract int maxParameters();

    /**
     * The name JDBC's {@code getGeneratedKeys} expects for a column, which depends on how the
     * database stores unquoted names.
     */
    public String generatedKeyName(String column) {
        return column;
    }

    IdentifierPreparer identifierPreparer() {
        return preparer;
    }

    /** A new compiler for one statement. */
    protected abstract SqlCompiler newCompiler(IdentifierPreparer preparer);

    /** A new DDL compiler. */
    public abstract DdlCompiler ddlCompiler();

    /** Compiles {@code statement}, reusing the text of an earlier statement of the same shape. */
    public Compiled compile(Statement statement) {
        Shape shape = Shape.of(statement);
        String key = shape.key();
        SqlTemplate template = cache.get(key);
        if (template == null) {
            template = newCompiler(preparer).compile(statement, shape);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, template);
        }
        return new Compiled(statement, template, shape.binds());
    }

    /** How many compiled shapes are cached. */
    public int cachedShapes() {
        return cache.size();
    }

    @Override
    public String toString() {
        return name();
    }
}
