package io.junction.sql.dialect;

import io.junction.sql.SeedTables;
import io.junction.sql.expression.Alias;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.h2.util.ParserUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static io.junction.sql.CompileSupport.assertCompiles;
import static io.junction.sql.expression.Sql.delete;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.expression.Sql.update;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/** Reserved words and names that are not plain lower case are quoted; ordinary names stay bare. */
class QuotingTest {
    private static final String DIALECTS = "io.junction.sql.CompileSupport#dialects";

    /** PostgreSQL's reserved key words (its documentation's appendix C, "reserved" and "reserved (can be function or type)"). */
    private static final List<String> POSTGRES_RESERVED = List.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "binary", "both",
            "case", "cast", "check", "collate", "collation", "column", "concurrently", "constraint", "create", "cross",
            "current_catalog", "current_date", "current_role", "current_schema", "current_time", "current_timestamp",
            "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch",
            "for", "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner",
            "intersect", "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer",
            "overlaps", "placing", "primary", "references", "returning", "right", "select", "session_user", "similar",
            "some", "symmetric", "system_user", "table", "tablesample", "then", "to", "trailing", "true", "union",
            "unique", "user", "using", "variadic", "verbose", "when", "where", "window", "with");

    /** Words to try against H2's own parser: PostgreSQL's list, H2's extras, and ordinary names. */
    private static final List<String> CANDIDATES = List.of(
            "current_path", "day", "hour", "if", "interval", "key", "minus", "minute", "month", "qualify", "regexp", "row",
            "rownum", "second", "set", "system_user", "top", "uescape", "unknown", "value", "values", "year", "_rowid_",
            "name", "data", "id", "parent_id", "nodes", "type", "timestamp", "date", "time", "text", "status", "count",
            "level", "position", "size", "password", "comment", "index", "number", "range", "rows", "over", "partition");

    private final MetaData leftRight = SeedTables.leftRight();
    private final Table left = leftRight.table("left");
    private final Table right = leftRight.table("right");
    private final Table association = leftRight.table("association");
    private final Table user = SeedTables.selfReferencingUser().table("user");

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void theSeedsReservedTableNamesAreQuoted(Dialect dialect) {
        assertCompiles(dialect, select(left), "SELECT \"left\".id AS left_id FROM \"left\"");
        assertCompiles(dialect,
                select(left.c("id"), right.c("id"))
                        .from(left.join(association, association.c("left_id").eq(left.c("id")))
                                .join(right, right.c("id").eq(association.c("right_id"))))
                        .where(right.c("id").eq(2)),
                "SELECT \"left\".id AS left_id, \"right\".id AS right_id FROM \"left\" JOIN association "
                        + "ON association.left_id = \"left\".id JOIN \"right\" ON \"right\".id = association.right_id "
                        + "WHERE \"right\".id = ?", 2);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void anAnonymousAliasOfAReservedTableNeedsNoQuotes(Dialect dialect) {
        Alias related = user.alias();
        assertCompiles(dialect, select(user.c("name"), related.c("name")).where(user.c("related_user_id").eq(related.c("user_id"))),
                "SELECT \"user\".name AS user_name, user_1.name AS user_1_name FROM \"user\", \"user\" AS user_1 "
                        + "WHERE \"user\".related_user_id = user_1.user_id");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void reservedNamesInDml(Dialect dialect) {
        assertCompiles(dialect, insert(user).values(Map.of("user_id", 1, "name", "ed", "related_user_id", 1)),
                "INSERT INTO \"user\" (user_id, name, related_user_id) VALUES (?, ?, ?)", 1, "ed", 1);
        assertCompiles(dialect, update(user).set("related_user_id", 1).where(user.c("user_id").eq(1)),
                "UPDATE \"user\" SET related_user_id=? WHERE \"user\".user_id = ?", 1, 1);
        assertCompiles(dialect, delete(right).where(right.c("id").eq(2)), "DELETE FROM \"right\" WHERE \"right\".id = ?", 2);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void reservedColumnNamesAliasNamesAndLabels(Dialect dialect) {
        Table orders = new MetaData().table("orders",
                column("id", INTEGER).primaryKey(), column("order", INTEGER), column("group", string(10)));
        assertCompiles(dialect, select(orders.c("order"), orders.c("group").label("select")).orderBy(orders.c("order")),
                "SELECT orders.\"order\" AS orders_order, orders.\"group\" AS \"select\" FROM orders ORDER BY orders.\"order\"");
        assertCompiles(dialect, select(orders.alias("user").c("id")), "SELECT \"user\".id AS user_id FROM orders AS \"user\"");
        assertCompiles(dialect, insert(orders).values(Map.of("order", 1)), "INSERT INTO orders (\"order\") VALUES (?)", 1);
        assertCompiles(dialect, update(orders).set("group", "g"), "UPDATE orders SET \"group\"=?", "g");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void mixedCaseNamesAreQuotedEverywhere(Dialect dialect) {
        Table accounts = new MetaData().table("UserAccount",
                column("id", INTEGER).primaryKey(), column("createdAt", INTEGER), column("ID2", INTEGER));
        assertCompiles(dialect, select(accounts).where(accounts.c("createdAt").gt(5)),
                "SELECT \"UserAccount\".id AS \"UserAccount_id\", \"UserAccount\".\"createdAt\" AS \"UserAccount_createdAt\", "
                        + "\"UserAccount\".\"ID2\" AS \"UserAccount_ID2\" FROM \"UserAccount\" WHERE \"UserAccount\".\"createdAt\" > ?", 5);
        assertCompiles(dialect, select(accounts.alias().c("id")), "SELECT \"UserAccount_1\".id AS \"UserAccount_1_id\" FROM \"UserAccount\" AS \"UserAccount_1\"");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void whatNeedsQuotes(Dialect dialect) {
        var preparer = dialect.identifierPreparer();
        assertThat(List.of("nodes", "parent_id", "data", "a1", "_x", "user_1", "left_id", "nodes_1_id"))
                .allSatisfy(name -> assertThat(preparer.quote(name)).isEqualTo(name));
        assertThat(preparer.quote("left")).isEqualTo("\"left\"");
        assertThat(preparer.quote("LEFT")).isEqualTo("\"LEFT\"");
        assertThat(preparer.quote("Nodes")).isEqualTo("\"Nodes\"");
        assertThat(preparer.quote("ID")).isEqualTo("\"ID\"");
        assertThat(preparer.quote("1st")).isEqualTo("\"1st\"");
        assertThat(preparer.quote("two words")).isEqualTo("\"two words\"");
        assertThat(preparer.quote("we\"ird")).isEqualTo("\"we\"\"ird\"");
        assertThat(preparer.quote("é")).isEqualTo("\"é\"");
    }

    @Test
    void everyPostgresReservedWordIsQuotedOnPostgres() {
        var preparer = new PostgresDialect().identifierPreparer();
        assertThat(POSTGRES_RESERVED).allSatisfy(word -> assertThat(preparer.requiresQuotes(word)).as(word).isTrue());
    }

    @Test
    void everyWordH2ParsesAsAKeywordIsQuotedOnH2() {
        var preparer = new H2Dialect().identifierPreparer();
        List<String> words = new java.util.ArrayList<>(POSTGRES_RESERVED);
        words.addAll(CANDIDATES);
        assertThat(words).filteredOn(word -> ParserUtil.isKeyword(word, true))
                .isNotEmpty()
                .allSatisfy(word -> assertThat(preparer.requiresQuotes(word)).as(word).isTrue());
    }

    @Test
    void dialectSpecificWords() {
        var pg = new PostgresDialect().identifierPreparer();
        var h2 = new H2Dialect().identifierPreparer();
        assertThat(h2.requiresQuotes("value")).isTrue();
        assertThat(pg.requiresQuotes("value")).isFalse();
        assertThat(h2.requiresQuotes("year")).isTrue();
        assertThat(pg.requiresQuotes("year")).isFalse();
        assertThat(pg.requiresQuotes("ilike")).isTrue();
        assertThat(pg.requiresQuotes("verbose")).isTrue();
        assertThat(h2.requiresQuotes("verbose")).isFalse();
    }

    @Test
    void h2ReportsGeneratedKeysOfBareNamesInUpperCase() {
        Dialect h2 = new H2Dialect();
        assertThat(h2.generatedKeyName("id")).isEqualTo("ID");
        assertThat(h2.generatedKeyName("user_id")).isEqualTo("USER_ID");
        assertThat(h2.generatedKeyName("createdAt")).isEqualTo("createdAt");
        assertThat(h2.generatedKeyName("value")).isEqualTo("value");
        assertThat(new PostgresDialect().generatedKeyName("id")).isEqualTo("id");
    }
}
