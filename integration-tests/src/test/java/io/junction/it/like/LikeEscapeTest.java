package io.junction.it.like;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.engine.Row;
import io.junction.it.support.Database;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.junction.sql.expression.Sql.escapeLike;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/** User values holding {@code %}, {@code _}, {@code \} and {@code /} match only themselves. */
class LikeEscapeTest {
    private static final MetaData METADATA = new MetaData();
    private static final Table WORDS = METADATA.table("words",
            column("id", INTEGER).primaryKey(),
            column("text", string(50)));
    private static final List<String> TEXTS = List.of("100% sure", "100 percent", "a_b", "axb", "back\\slash",
            "backslash", "and/or", "andor", "50%_/\\mix", "50x", "%", "_");

    private static Engine fresh(Database database) {
        Engine engine = database.engine();
        METADATA.createAll(engine);
        try (Connection connection = engine.connect()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < TEXTS.size(); i++) {
                rows.add(Map.of("id", i + 1, "text", TEXTS.get(i)));
            }
            connection.executeMany(insert(WORDS), rows);
            connection.commit();
        }
        return engine;
    }

    private static List<String> matching(Engine engine, ColumnElement criterion) {
        List<String> found = new ArrayList<>();
        try (Connection connection = engine.connect()) {
            for (Row row : connection.execute(select(WORDS.c("text")).where(criterion).orderBy(WORDS.c("id")))) {
                found.add((String) row.get(0));
            }
        }
        return found;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void autoescapedValuesMatchLiterally(Database database) {
        Engine engine = fresh(database);
        ColumnElement text = WORDS.c("text");
        assertThat(matching(engine, text.contains("0% s", true))).containsExactly("100% sure");
        assertThat(matching(engine, text.contains("_", true))).containsExactly("a_b", "50%_/\\mix", "_");
        assertThat(matching(engine, text.contains("k\\s", true))).containsExactly("back\\slash");
        assertThat(matching(engine, text.contains("d/o", true))).containsExactly("and/or");
        assertThat(matching(engine, text.startsWith("50%_/\\", true))).containsExactly("50%_/\\mix");
        assertThat(matching(engine, text.endsWith("%", true))).containsExactly("%");
        assertThat(matching(engine, text.startsWith("%", true))).containsExactly("%");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void withoutAutoescapeWildcardsInTheValueStayWildcards(Database database) {
        Engine engine = fresh(database);
        assertThat(matching(engine, WORDS.c("text").contains("a_b"))).containsExactly("a_b", "axb");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void likeWithAnExplicitEscapeCharacter(Database database) {
        Engine engine = fresh(database);
        ColumnElement text = WORDS.c("text");
        assertThat(matching(engine, text.like(escapeLike("100%", '#') + "%", '#'))).containsExactly("100% sure");
        assertThat(matching(engine, text.like(escapeLike("back\\", '!') + "%", '!'))).containsExactly("back\\slash");
        assertThat(matching(engine, text.like("a\\_b", '\\'))).containsExactly("a_b");
        assertThat(matching(engine, text.notLike("%#%%", '#'))).doesNotContain("100% sure", "50%_/\\mix", "%")
                .contains("100 percent");
    }
}
