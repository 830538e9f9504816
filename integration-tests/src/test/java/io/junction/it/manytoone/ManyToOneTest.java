package io.junction.it.manytoone;

import io.junction.engine.Engine;
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
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's many-to-one with the {@code parents} backref, mapped classically and declaratively, on H2 and PostgreSQL. */
class ManyToOneTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table parent = metadata.table("parent",
                column("id", INTEGER).primaryKey(),
                column("child_id", INTEGER).foreignKey("child.id"),
                column("name", string(50)));
        Table child = metadata.table("child",
                column("id", INTEGER).primaryKey(),
                column("name", string(50)));
        Registry registry = new Registry(metadata);
        registry.map(Parent.class, parent, relationship("child", Child.class).backref("parents"));
        registry.map(Child.class, child);
        return registry;
    });

    @Override
    protected StyledMapping mapping() {
        return MAPPING;
    }

    @Test
    void theDeclarativeConfigurationIsTheClassicalOne() {
        assertThat(MAPPING.describe(Style.DECLARATIVE)).isEqualTo(MAPPING.describe(Style.CLASSICAL));
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void settingTheReferenceAppendsToTheBackrefCollectionInMemory(Style style) {
        MAPPING.activate(style);
        Child c = new Child("c");
        Parent a = new Parent("a");
        Parent b = new Parent("b");
        a.child = c;
        b.child = c;
        assertThat(c.parents).containsExactly(a, b);
        Child other = new Child("other");
        b.child = other;
        assertThat(c.parents).containsExactly(a);
        assertThat(other.parents).containsExactly(b);
        c.parents.remove(a);
        assertThat(a.child).isNull();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theReferencedChildIsInsertedBeforeTheParentsThatReferToIt(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Child c = new Child("c");
            Parent a = new Parent("a");
            Parent b = new Parent("b");
            a.child = c;
            b.child = c;
            session.add(a);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT child", "INSERT parent");
        }
        Table parent = table("parent");
        Table child = table("child");
        assertThat(strings(rows(engine, select(parent.c("name"), child.c("name"))
                .where(parent.c("child_id").eq(child.c("id"))).orderBy(parent.c("id")))))
                .containsExactly("a/c", "b/c");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theReferenceAndItsBackrefLoadLazily(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            Parent a = new Parent("a");
            a.child = new Child("c");
            session.add(a);
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent a = session.query(Parent.class).one();
            log.clear();
            Child c = a.child;
            assertThat(c.name).isEqualTo("c");
            assertThat(log.sql()).containsExactly("SELECT child.id AS child_id, child.name AS child_name FROM child "
                    + "WHERE child.id = ?");
            log.clear();
            assertThat(c.parents).containsExactly(a);
            assertThat(log.sql()).containsExactly("SELECT parent.id AS parent_id, parent.child_id AS parent_child_id, "
                    + "parent.name AS parent_name FROM parent WHERE parent.child_id = ?");
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void settingTheReferenceToNullClearsTheForeignKey(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            Parent a = new Parent("a");
            a.child = new Child("c");
            session.add(a);
            session.commit();
            SqlLog log = new SqlLog(engine);
            a.child = null;
            session.commit();
            assertThat(log.verbs()).containsExactly("UPDATE parent");
        }
        assertThat(rows(engine, select(table("parent").c("child_id")))).extracting(r -> r.get(0)).containsOnlyNulls();
    }
}
