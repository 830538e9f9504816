package io.junction.sql.compiler;

import io.junction.sql.SeedTables;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.junction.sql.CompileSupport.assertCompiles;
import static io.junction.sql.expression.Sql.escapeLike;
import static io.junction.sql.expression.Sql.not;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LIKE with ESCAPE, and contains/startsWith/endsWith with and without autoescape, on PostgreSQL and H2. */
class LikeCompileTest {
    private static final String DIALECTS = "io.junction.sql.CompileSupport#dialects";
    private static final String PREFIX = "SELECT nodes.id AS nodes_id FROM nodes WHERE ";

    private final MetaData metadata = SeedTables.nodesAndAddresses();
    private final Table nodes = metadata.table("nodes");

    private void assertWhere(Dialect dialect, ColumnElement criterion, String expected, Object... parameters) {
        assertCompiles(dialect, select(nodes.c("id")).where(criterion), PREFIX + expected, parameters);
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void likeAndNotLikeWithAnEscapeCharacter(Dialect dialect) {
        assertWhere(dialect, nodes.c("data").like("10#%%", '#'), "nodes.data LIKE ? ESCAPE '#'", "10#%%");
        assertWhere(dialect, nodes.c("data").notLike("a^_%", '^'), "nodes.data NOT LIKE ? ESCAPE '^'", "a^_%");
        assertWhere(dialect, nodes.c("data").like("x\\%", '\\'), "nodes.data LIKE ? ESCAPE '\\'", "x\\%");
        assertWhere(dialect, nodes.c("data").like("it''s", '\''), "nodes.data LIKE ? ESCAPE ''''", "it''s");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void containsStartsWithAndEndsWithBindTheWholePattern(Dialect dialect) {
        assertWhere(dialect, nodes.c("data").contains("ab"), "nodes.data LIKE ?", "%ab%");
        assertWhere(dialect, nodes.c("data").startsWith("a_"), "nodes.data LIKE ?", "a_%");
        assertWhere(dialect, nodes.c("data").endsWith("%b"), "nodes.data LIKE ?", "%%b");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void autoescapeEscapesWildcardsAndTheEscapeCharacterWithSlash(Dialect dialect) {
        assertWhere(dialect, nodes.c("data").contains("5%_a/b\\c", true), "nodes.data LIKE ? ESCAPE '/'",
                "%5/%/_a//b\\c%");
        assertWhere(dialect, nodes.c("data").startsWith("50%", true), "nodes.data LIKE ? ESCAPE '/'", "50/%%");
        assertWhere(dialect, nodes.c("data").endsWith("_x", true), "nodes.data LIKE ? ESCAPE '/'", "%/_x");
    }

    @ParameterizedTest
    @MethodSource(DIALECTS)
    void aNegatedLikeNeedsNoParentheses(Dialect dialect) {
        assertWhere(dialect, not(nodes.c("data").contains("%", true)), "NOT nodes.data LIKE ? ESCAPE '/'", "%/%%");
    }

    @Test
    void escapeLikeEscapesWildcardsAndItsOwnCharacter() {
        assertThat(escapeLike("a%b_c#d", '#')).isEqualTo("a#%b#_c##d");
        assertThat(escapeLike("plain", '/')).isEqualTo("plain");
    }

    @Test
    void autoescapeNeedsAStringAndNoPatternHelperTakesAnExpression() {
        assertThatThrownBy(() -> nodes.c("data").contains(5, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a String value");
        assertThatThrownBy(() -> nodes.c("data").startsWith(nodes.c("parent_id")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use like(...)");
        assertThatThrownBy(() -> nodes.c("data").endsWith(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("isNull()");
    }
}
