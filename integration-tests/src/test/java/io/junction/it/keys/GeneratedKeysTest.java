package io.junction.it.keys;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.it.keys.model.Base;
import io.junction.it.keys.model.Parent;
import io.junction.it.keys.model.Tag;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.junction.orm.mapper.UuidKeySpec.uuidKey;
import static io.junction.sql.expression.Sql.literalColumn;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.UUID;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.sequence;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keys the flush generates, in both mapping styles on H2 and PostgreSQL: a sequence's values taken
 * in blocks of its increment (one nextval per block, the INSERTs batched without RETURNING), the
 * sequence created and dropped with the tables, and client-generated UUIDs.
 */
class GeneratedKeysTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table parent = metadata.table("parent",
                column("id", INTEGER).primaryKey().sequence(sequence("parent_seq").incrementBy(3)),
                column("data", string(30)));
        Table tag = metadata.table("tag", column("id", UUID).primaryKey(), column("name", string(30)));
        Registry registry = new Registry(metadata);
        registry.map(Parent.class, parent);
        registry.map(Tag.class, tag, uuidKey(tag.c("id")));
        return registry;
    });

    @Override
    protected StyledMapping mapping() {
        return MAPPING;
    }

    /**
     * A new engine with the tables and the sequence created anew: the blocks of sequence values are
     * kept per engine, so a suite that recreates the sequence starts each case on an engine of its own.
     */
    private Engine newEngine(Style style, Database database) {
        mapping().activate(style);
        Engine engine = database.engine();
        metadata().dropAll(engine);
        metadata().createAll(engine);
        return engine;
    }

    private static String nextval(Database database) {
        return database == Database.H2 ? "SELECT NEXT VALUE FOR parent_seq AS anon_1" : "SELECT nextval('parent_seq') AS anon_1";
    }

    @Test
    void theDeclarativeConfigurationIsTheClassicalOne() {
        assertThat(MAPPING.describe(Style.DECLARATIVE)).isEqualTo(MAPPING.describe(Style.CLASSICAL));
        assertThat(MAPPING.activate(Style.DECLARATIVE).metadata().sequences()).extracting(s -> s.name() + "/" + s.increment())
                .containsExactly("parent_seq/3");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void insertsOfNObjectsFetchCeilNOverSizeValues(Style style, Database database) {
        Engine engine = newEngine(style, database);
        SqlLog log = new SqlLog(engine);
        List<Parent> parents = new ArrayList<>();
        try (Session session = new Session(engine)) {
            for (int i = 1; i <= 7; i++) {
                Parent parent = new Parent("p" + i);
                parents.add(parent);
                session.add(parent);
            }
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly(nextval(database), nextval(database), nextval(database),
                    "INSERT INTO parent (id, data) VALUES (?, ?)");
            assertThat(log.statements().get(3).rows()).hasSize(7).first().isEqualTo(List.of(1, "p1"));
            assertThat(parents).extracting(p -> p.id).containsExactly(1, 2, 3, 4, 5, 6, 7);
            session.commit();
        }
        try (Session session = new Session(engine)) {
            Parent eight = new Parent("p8");
            Parent nine = new Parent("p9");
            Parent ten = new Parent("p10");
            session.add(eight);
            session.add(nine);
            log.clear();
            session.commit();
            assertThat(log.sql()).containsExactly("INSERT INTO parent (id, data) VALUES (?, ?)");
            session.add(ten);
            log.clear();
            session.commit();
            assertThat(log.sql()).containsExactly(nextval(database), "INSERT INTO parent (id, data) VALUES (?, ?)");
            assertThat(List.of(eight.id, nine.id, ten.id)).containsExactly(8, 9, 10);
        }
        assertThat(strings(rows(engine, select(table("parent").c("id")).orderBy(table("parent").c("id")))))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void createAllAndDropAllCreateAndDropTheSequenceCheckingFirst(Style style, Database database) {
        Engine engine = newEngine(style, database);
        try (Connection connection = engine.connect()) {
            assertThat(connection.execute(select(literalColumn(engine.dialect().nextValue(metadata().sequences().get(0)))))
                    .all().get(0).get(0)).isEqualTo(1L);
            connection.commit();
        }
        metadata().createAll(engine);                  // checks first: the sequence is kept, and goes on
        try (Session session = new Session(engine)) {
            Parent parent = new Parent("p");
            session.add(parent);
            session.commit();
            assertThat(parent.id).isEqualTo(4);
        }
        metadata().dropAll(engine);
        metadata().dropAll(engine);                    // checks first: nothing left is no error
        metadata().createAll(engine, false);
        assertThatThrownBy(() -> metadata().createAll(engine, false)).hasMessageContaining("parent_seq");
        metadata().dropAll(engine, false);
        assertThatThrownBy(() -> metadata().dropAll(engine, false)).isInstanceOf(RuntimeException.class);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void uuidKeysAreGeneratedAtTheFlushAndTheInsertsBatchWithoutReturning(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        UUID given = java.util.UUID.fromString("00000000-0000-4000-8000-000000000001");
        Tag a = new Tag("a");
        Tag b = new Tag("b");
        Tag c = new Tag("c");
        c.id = given;
        try (Session session = new Session(engine)) {
            session.add(a);
            session.add(b);
            session.add(c);
            assertThat(a.id).isNull();
            log.clear();
            session.commit();
            assertThat(log.sql()).containsExactly("INSERT INTO tag (id, name) VALUES (?, ?)");
            assertThat(log.statements().get(0).rows()).containsExactly(List.of(a.id, "a"), List.of(b.id, "b"), List.of(given, "c"));
        }
        assertThat(List.of(a.id, b.id)).doesNotContainNull().doesNotHaveDuplicates().doesNotContain(given);
        assertThat(strings(rows(engine, select(table("tag")).orderBy(table("tag").c("name")))))
                .containsExactly(a.id + "/a", b.id + "/b", given + "/c");
        try (Session session = new Session(engine)) {
            assertThat(session.get(Tag.class, a.id).name).isEqualTo("a");
        }
    }
}
