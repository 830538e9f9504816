package io.junction.sql.dialect;

import java.util.Set;

/** Reserved words shared by the SQL standard, PostgreSQL and H2, which always need quoting. */
final class ReservedWords {
    static final Set<String> COMMON = Set.of(
            "all", "and", "any", "array", "as", "asc", "between", "both", "by", "case", "cast", "check", "collate",
            "column", "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "desc", "distinct",
            "do", "else", "end", "except", "exists", "false", "fetch", "for", "foreign", "from", "full", "grant",
            "group", "having", "in", "inner", "intersect", "into", "is", "join", "lateral", "leading", "left", "like",
            "limit", "localtime", "localtimestamp", "natural", "not", "null", "offset", "on", "only", "or", "order",
            "outer", "primary", "references", "returning", "right", "select", "session_user", "some", "table",
            "then", "to", "trailing", "true", "union", "unique", "user", "using", "when", "where", "window", "with");

    private ReservedWords() {
    }
}
