package io.junction.sql.dialect;

import io.junction.sql.compiler.DdlCompiler;
import io.junction.sql.compiler.IdentifierPreparer;
import io.junction.sql.compiler.SqlCompiler;

import io.junction.sql.expression.ValueType;
import io.junction.sql.schema.SqlType;
import io.junction.sql.schema.Table;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** PostgreSQL: RETURNING, multi-row VALUES, identity columns, TEXT, BYTEA, native enum types. The standard compiler writes its SQL unchanged. */
public final class PostgresDialect extends Dialect {

    public PostgresDialect() {
        super(words());
    }

    private static Set<String> words() {
        Set<String> words = new HashSet<>(ReservedWords.COMMON);
        words.addAll(List.of("analyse", "analyze", "asymmetric", "authorization", "binary", "collation",
                "concurrently", "deferrable", "freeze", "ilike", "initially", "isnull", "notnull", "overlaps", "placing",
                "similar", "symmetric", "system_user", "tablesample", "variadic", "verbose"));
        return words;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean supportsReturning() {
        return true;
    }

    @Override
    public boolean supportsMultiRowValues() {
        return true;
    }

    @Override
    public int maxParameters() {
        return 32767;
    }

    /**
     * A string bound where the parameter's type is not a string is sent untyped, so the server
     * converts it as it would a literal ({@code '42'} into an INTEGER, a UUID's text into a UUID)
     * and rejects bad text as a data error, as H2 does, instead of refusing a VARCHAR parameter.
     */
    @Override
    public void bind(PreparedStatement statement, int index, Object value, ValueType type) throws SQLException {
        Class<?> columnType = type instanceof SqlType sqlType ? sqlType.columnJavaType() : type == null ? null : type.javaType();
        if (value instanceof String && columnType != null && (columnType != String.class || type.jdbcType() == Types.OTHER)) {
            statement.setObject(index, value, Types.OTHER);
        } else {
            super.bind(statement, index, value, type);
        }
    }

    /** JSON and JSONB text is sent untyped, for the server to parse as the column's type. */
    @Override
    protected void bindJson(PreparedStatement statement, int index, String json) throws SQLException {
        statement.setObject(index, json, Types.OTHER);
    }

    /** Also SQLState 57P01 to 57P03: the server shut down, or is restarting. */
    @Override
    protected boolean isDisconnectState(String sqlState) {
        return super.isDisconnectState(sqlState) || sqlState.startsWith("57P");
    }

    @Override
    protected SqlCompiler newCompiler(IdentifierPreparer preparer) {
        return new SqlCompiler(preparer);
    }

    @Override
    public DdlCompiler ddlCompiler() {
        return new PostgresDdlCompiler(identifierPreparer());
    }

    /** PostgreSQL's BYTEA, and its native enum types: created before the tables that use them, dropped after. */
    static final class PostgresDdlCompiler extends DdlCompiler {
        PostgresDdlCompiler(IdentifierPreparer preparer) {
            super(preparer);
        }

        @Override
        protected String typeName(SqlType type) {
            return type.kind() == SqlType.Kind.BINARY ? "BYTEA" : super.typeName(type);
        }

        @Override
        protected List<String> createTypes(List<Table> tables, boolean checkFirst) {
            List<String> statements = new ArrayList<>();
            for (SqlType type : enumTypes(tables)) {
                String create = "CREATE TYPE " + quote(type.enumName()) + " AS ENUM (" + enumLabels(type) + ")";
                // PostgreSQL has no CREATE TYPE IF NOT EXISTS: a type left by an earlier schema is kept
                statements.add(checkFirst
                        ? "DO $$ BEGIN " + create + "; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
                        : create);
            }
            return statements;
        }

        @Override
        protected List<String> dropTypes(List<Table> tables, boolean checked) {
            List<String> statements = new ArrayList<>();
            for (SqlType type : enumTypes(tables)) {
                statements.add("DROP TYPE " + (checked ? "IF EXISTS " : "") + quote(type.enumName()));
            }
            return statements;
        }
    }
}
