package io.junction.sql.dialect;

import io.junction.sql.compiler.DdlCompiler;
import io.junction.sql.compiler.IdentifierPreparer;
import io.junction.sql.compiler.SqlCompiler;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.expression.Select;
import io.junction.sql.schema.ForeignKey;
import io.junction.sql.schema.Sequence;
import io.junction.sql.schema.SqlType;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * H2 2.x: no RETURNING (generated keys come back through JDBC), the standard
 * {@code OFFSET ... FETCH} row limit, and {@code CHARACTER VARYING} for unbounded text.
 */
public final class H2Dialect extends Dialect {

    public H2Dialect() {
        super(words());
    }

    private static Set<String> words() {
        Set<String> words = new HashSet<>(ReservedWords.COMMON);
        words.addAll(List.of("asymmetric", "authorization", "current_path", "day", "hour", "if", "interval",
                "intersects", "key", "minus", "minute", "month", "qualify", "regexp", "row", "rownum", "second", "set",
                "symmetric", "sysdate", "system_user", "systime", "systimestamp", "today", "top", "uescape", "unknown",
                "value", "values", "year", "_rowid_"));
        return words;
    }

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public boolean supportsReturning() {
        return false;
    }

    @Override
    public boolean supportsMultiRowValues() {
        return true;
    }

    @Override
    public int maxParameters() {
        return 100_000;
    }

    /** A named {@code jdbc:h2:mem:} database is dropped when its last connection closes, unless {@code DB_CLOSE_DELAY=-1}. */
    @Override
    public boolean databaseLivesWithConnections(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        return url.startsWith("jdbc:h2:mem:") && !url.replace(" ", "").contains("db_close_delay=-1");
    }

    /** H2 reports a foreign key declared without an action as RESTRICT, its default. */
    @Override
    protected int defaultForeignKeyRule() {
        return java.sql.DatabaseMetaData.importedKeyRestrict;
    }

    /** H2 writes the standard {@code NEXT VALUE FOR parent_seq}. */
    @Override
    public String nextValue(Sequence sequence) {
        return "NEXT VALUE FOR " + identifierPreparer().quote(sequence.name());
    }

    /** H2 stores unquoted names in upper case. */
    @Override
    protected String storedName(String identifier) {
        return identifierPreparer().requiresQuotes(identifier) ? identifier : identifier.toUpperCase(Locale.ROOT);
    }

    /** H2 reports the unquoted label {@code nodes_id} as {@code NODES_ID}. */
    @Override
    public String normalizeName(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        if (!lower.equals(label) && generatedKeyName(lower).equals(label)) {
            return lower;
        }
        return label;
    }

    /** H2 parses JSON from bytes; a string bound to a JSON column would be stored as a JSON string. */
    @Override
    protected void bindJson(PreparedStatement statement, int index, String json) throws SQLException {
        statement.setBytes(index, json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected SqlCompiler newCompiler(IdentifierPreparer preparer) {
        return new H2Compiler(preparer);
    }

    @Override
    public DdlCompiler ddlCompiler() {
        return new H2DdlCompiler(identifierPreparer());
    }

    /** The standard compiler with H2's row limit and without RETURNING. */
    static final class H2Compiler extends SqlCompiler {
        H2Compiler(IdentifierPreparer preparer) {
            super(preparer);
        }

        @Override
        protected void limitClause(Select select) {
            if (select.offset() != null) {
                sql.append(" \nOFFSET ");
                select.offset().accept(this);
                sql.append(" ROWS");
            }
            if (select.limit() != null) {
                sql.append(select.offset() == null ? " \nFETCH FIRST " : " FETCH NEXT ");
                select.limit().accept(this);
                sql.append(" ROWS ONLY");
            }
        }

        @Override
        protected void returningClause(List<ColumnElement> columns) {
            throw new UnsupportedOperationException("H2 has no RETURNING clause: execute the statement without "
                    + "returning(...) and read generated keys through JDBC (the engine does this for inserts)");
        }
    }

    /** H2's names for unbounded text, bytes, JSONB (JSON), arrays ({@code INTEGER ARRAY}) and enums ({@code ENUM('A', 'B')}). */
    static final class H2DdlCompiler extends DdlCompiler {
        H2DdlCompiler(IdentifierPreparer preparer) {
            super(preparer);
        }

        @Override
        protected String typeName(SqlType type) {
            return switch (type.kind()) {
                case TEXT -> "CHARACTER VARYING";
                case BINARY -> "BINARY VARYING";
                case JSONB -> "JSON";
                case ENUM -> "ENUM(" + enumLabels(type) + ")";
                case ARRAY -> typeName(type.element()) + " ARRAY";
                default -> super.typeName(type);
            };
        }

        /** H2 has no deferrable constraints: a deferrable key is checked per statement, as its DDL says nothing. */
        @Override
        protected String deferrabilityClause(ForeignKey fk) {
            return "";
        }
    }
}
