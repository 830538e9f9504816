package io.junction.it.manytoone;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.engine.Row;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
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

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's many-to-one with the {@code parents} backref, on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManyToOneTest {
    static final MetaData METADATA = new MetaData();
    static final Table PARENT = METADATA.table("parent",
            column("id", INTEGER).primaryKey(),
            column("child_id", INTEGER).foreignKey("child.id"),
            column("name", string(50)));
    static final Table CHILD = METADATA.table("child",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Parent.class, PARENT, relationship("child", Child.class).backref("parents"));
        REGISTRY.map(Child.class, CHILD);
        REGISTRY.configure();
    }

    private final Map<Database, Engine> engines = new EnumMap<>(Database.class);

    private Engine fresh(Database database) {
        Engine engine = engines.computeIfAbsent(database, Database::engine);
        METADATA.dropAll(engine);
        METADATA.createAll(engine);
        return engine;
    }

    @AfterAll
    void dropTables() {
        engines.values().forEach(METADATA::dropAll);
    }

    @Test
    void settingTheReferenceAppendsToTheBackrefCollectionInMemory() {
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
    @EnumSource(Database.class)
    void theReferencedChildIsInsertedBeforeTheParentsThatReferToIt(Database database) {
        Engine engine = fresh(database);
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
        assertThat(rows(engine, select(PARENT.c("name"), CHILD.c("name"))
                .where(PARENT.c("child_id").eq(CHILD.c("id"))).orderBy(PARENT.c("id"))))
                .extracting(r -> r.get(0) + "->" + r.get(1)).containsExactly("a->c", "b->c");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theReferenceAndItsBackrefLoadLazily(Database database) {
        Engine engine = fresh(database);
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
    @EnumSource(Database.class)
    void settingTheReferenceToNullClearsTheForeignKey(Database database) {
        Engine engine = fresh(database);
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
        assertThat(rows(engine, select(PARENT.c("child_id")))).extracting(r -> r.get(0)).containsOnlyNulls();
    }

    private static List<Row> rows(Engine engine, Select select) {
        try (Connection connection = engine.connect()) {
            return connection.execute(select).all();
        }
    }
}
