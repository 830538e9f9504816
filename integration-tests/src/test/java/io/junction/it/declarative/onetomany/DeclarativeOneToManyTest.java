package io.junction.it.declarative.onetomany;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.engine.ExecutedStatement;
import io.junction.engine.Row;
import io.junction.it.declarative.support.Style;
import io.junction.it.declarative.support.StyledMapping;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.orm.collection.InstrumentedList;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.expression.Select;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's one-to-many with a backref: the same bodies, mapped classically and declaratively, on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclarativeOneToManyTest {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table parent = metadata.table("parent",
                column("id", INTEGER).primaryKey(),
                column("name", string(50)).unique());
        Table child = metadata.table("child",
                column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("parent.id"),
                column("name", string(50)));
        Registry registry = new Registry(metadata);
        registry.map(Parent.class, parent, relationship("children", Child.class).backref("parent"));
        registry.map(Child.class, child);
        return registry;
    });

    @AfterAll
    void dropTables() {
        MAPPING.dropAll();
    }

    @Test
    void theDeclarativeConfigurationIsTheClassicalOne() {
        assertThat(MAPPING.describe(Style.DECLARATIVE)).isEqualTo(MAPPING.describe(Style.CLASSICAL));
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void backrefsStayInStepInMemoryBeforeAnyFlush(Style style) {
        MAPPING.activate(style);
        Parent p1 = new Parent("p1");
        Parent p2 = new Parent("p2");
        Child c = new Child("c");

        p1.children.add(c);
        assertThat(c.parent).isSameAs(p1);

        c.parent = p2;
        assertThat(p2.children).containsExactly(c);
        assertThat(p1.children).isEmpty();

        p2.children.remove(c);
        assertThat(c.parent).isNull();

        Child d = new Child("d");
        p1.children = new ArrayList<>(List.of(c, d));
        assertThat(p1.children).isInstanceOf(InstrumentedList.class).containsExactly(c, d);
        assertThat(c.parent).isSameAs(p1);
        assertThat(d.parent).isSameAs(p1);
    }

    @ParameterizedTest
    @MethodSource("io.junction.it.declarative.support.StyledMapping#cases")
    void aFlushInsertsTheParentBeforeItsChildrenInOneStatementPerTable(Style style, Database database) {
        Engine engine = MAPPING.fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p = new Parent("p1");
            p.children.add(new Child("c1"));
            p.children.add(new Child("c2"));
            session.add(p);
            log.clear();
            session.commit();

            assertThat(log.verbs()).containsExactly("INSERT parent", "INSERT child");
            List<ExecutedStatement> statements = log.statements();
            List<String> sql = log.sql();
            Object parentId = p.id;
            if (database == Database.POSTGRESQL) {
                assertThat(sql).containsExactly(
                        "INSERT INTO parent (name) VALUES (?) RETURNING id",
                        "INSERT INTO child (parent_id, name) VALUES (?, ?), (?, ?) RETURNING id");
                assertThat(statements.get(1).parameterSets()).containsExactly(List.of(parentId, "c1", parentId, "c2"));
            } else {
                assertThat(sql).containsExactly(
                        "INSERT INTO parent (name) VALUES (?)",
                        "INSERT INTO child (parent_id, name) VALUES (?, ?)");
                assertThat(statements.get(1).parameterSets())
                        .containsExactly(List.of(parentId, "c1"), List.of(parentId, "c2"));
            }
        }
        Table child = MAPPING.metadata().table("child");
        Table parent = MAPPING.metadata().table("parent");
        assertThat(rows(engine, select(child.c("name"), parent.c("name"))
                .where(child.c("parent_id").eq(parent.c("id"))).orderBy(child.c("id"))))
                .extracting(r -> r.get(0) + "/" + r.get(1)).containsExactly("c1/p1", "c2/p1");
    }

    @ParameterizedTest
    @MethodSource("io.junction.it.declarative.support.StyledMapping#cases")
    void aNewSessionLoadsWhatWasSavedLazilyAndOnce(Style style, Database database) {
        Engine engine = MAPPING.fresh(style, database);
        Integer id = saveFamily(engine, "p1", "c1", "c2");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p = session.get(Parent.class, id);
            assertThat(log.verbs()).containsExactly("SELECT parent");
            assertThat(p.name).isEqualTo("p1");

            log.clear();
            assertThat(p.children).extracting(c -> c.name).containsExactly("c1", "c2");
            assertThat(log.sql()).containsExactly("SELECT child.id AS child_id, child.parent_id AS child_parent_id, "
                    + "child.name AS child_name FROM child WHERE child.parent_id = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(id);

            log.clear();
            Child first = p.children.get(0);
            assertThat(first.parent).isSameAs(p);
            assertThat(first.parentId).isEqualTo(id);
            assertThat(log.count()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("io.junction.it.declarative.support.StyledMapping#cases")
    void movingAChildToAnotherParentUpdatesItsForeignKey(Style style, Database database) {
        Engine engine = MAPPING.fresh(style, database);
        Integer first = saveFamily(engine, "p1", "c1");
        Integer second = saveFamily(engine, "p2");
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p1 = session.get(Parent.class, first);
            Parent p2 = session.get(Parent.class, second);
            Child c = p1.children.get(0);
            log.clear();
            c.parent = p2;
            assertThat(p1.children).isEmpty();
            session.commit();
            assertThat(log.sql()).contains("UPDATE child SET parent_id=? WHERE child.id = ?");
        }
        Table child = MAPPING.metadata().table("child");
        assertThat(rows(engine, select(child.c("parent_id")))).extracting(r -> r.get(0)).containsExactly(second);
    }

    private static Integer saveFamily(Engine engine, String parentName, String... childNames) {
        try (Session session = new Session(engine)) {
            Parent p = new Parent(parentName);
            for (String name : childNames) {
                p.children.add(new Child(name));
            }
            session.add(p);
            session.commit();
            return p.id;
        }
    }

    static List<Row> rows(Engine engine, Select select) {
        try (Connection connection = engine.connect()) {
            return connection.execute(select).all();
        }
    }
}
