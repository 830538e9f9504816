package io.junction.sql.dialect;

import io.junction.sql.compiler.DdlCompiler;
import io.junction.sql.compiler.IdentifierPreparer;
import io.junction.sql.compiler.SqlCompiler;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** PostgreSQL: RETURNING, multi-row VALUES, identity columns, TEXT. The standard compiler writes its SQL unchanged. */
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

    @Override
    protected SqlCompiler newCompiler(IdentifierPreparer preparer) {
        return new SqlCompiler(preparer);
    }

    @Override
    public DdlCompiler ddlCompiler() {
        return new DdlCompiler(identifierPreparer());
    }
}
