package io.junction.declarative;

import io.junction.orm.mapper.Naming;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.schema.Column;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;

import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JoinExpressionsTest {
    private static final Dialect H2 = Dialect.forUrl("jdbc:h2:mem:x");
    private final MetaData metadata = new MetaData();
    private final Table t = metadata.table("t", column("id", INTEGER).primaryKey(), column("a", INTEGER), column("b", string(10)));

    private Column name(String name) {
        return t.c(name.replace("t.", ""));
    }

    private String where(String source) {
        ColumnElement condition = JoinExpressions.condition(source, "T.x", this::name);
        var compiled = H2.compile(select(t.c("id")).where(condition));
        return compiled.sql().replaceAll("(?s).*WHERE ", "") + " " + compiled.parameters();
    }

    @Test
    void comparisonsLiteralsAndBooleans() {
        assertThat(where("t.a == t.id")).isEqualTo("t.a = t.id []");
        assertThat(where("a = 1 and b != 'x'")).isEqualTo("t.a = ? AND t.b != ? [1, x]");
        assertThat(where("a < 1 or (a >= 5 && b <> \"it''s\")")).isEqualTo("t.a < ? OR t.a >= ? AND t.b != ? [1, 5, it''s]");
        assertThat(where("3 < a")).isEqualTo("t.a > ? [3]");
        assertThat(where("b is null or b is not null")).isEqualTo("t.b IS NULL OR t.b IS NOT NULL []");
        assertThat(where("not a = 1")).contains("NOT").contains("[1]");
    }

    @Test
    void mistakesSayWhatToWrite() {
        assertThatThrownBy(() -> where("a == "))
                .isInstanceOf(DeclarativeException.class).hasMessageContaining("T.x: cannot read the condition \"a == \"");
        assertThatThrownBy(() -> where("a 1"))
                .isInstanceOf(DeclarativeException.class).hasMessageContaining("expected a comparison operator, not '1'");
        assertThatThrownBy(() -> where("a == 'x"))
                .isInstanceOf(DeclarativeException.class).hasMessageContaining("unclosed quote");
    }

    @Test
    void snakeCaseAndClosestNames() {
        assertThat(Naming.snakeCase("parentId")).isEqualTo("parent_id");
        assertThat(Naming.snakeCase("HTTPServer")).isEqualTo("http_server");
        assertThat(Naming.snakeCase("data")).isEqualTo("data");
        assertThat(Naming.snakeCase("address2Line")).isEqualTo("address2_line");
        assertThat(Names.closest("Itme", java.util.List.of("Item", "Owner"))).containsExactly("Item");
    }
}
