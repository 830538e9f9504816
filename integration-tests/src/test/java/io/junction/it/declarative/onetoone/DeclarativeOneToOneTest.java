package io.junction.it.declarative.onetoone;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.engine.Row;
import io.junction.it.declarative.support.Style;
import io.junction.it.declarative.support.StyledMapping;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.RelationshipProperty;
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

import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's two one-to-ones, both styles, on H2 and PostgreSQL: a one-to-many made scalar with
 * {@code uselist=False} ({@code onetoone}), and a many-to-one whose backref is made scalar with
 * {@code backref("parent", uselist=False)} ({@code onetooneref}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclarativeOneToOneTest {
    static final StyledMapping FROM_ONE_TO_MANY = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table parent = metadata.table("parent",
                column("id", INTEGER).primaryKey(),
                column("name", string(50)));
        Table child = metadata.table("child",
                column("id", INTEGER).primaryKey(),
                column("parent_id", INTEGER).foreignKey("parent.id"),
                column("name", string(50)));
        Registry registry = new Registry(metadata);
        registry.map(Parent.class, parent, relationship("child", Child.class).uselist(false).backref("parent"));
        registry.map(Child.class, child);
        return registry;
    });

    static final StyledMapping FROM_MANY_TO_ONE = new StyledMapping(io.junction.it.declarative.onetooneref.Base.class, () -> {
        MetaData metadata = new MetaData();
        Table parent = metadata.table("parent",
                column("id", INTEGER).primaryKey(),
                column("child_id", INTEGER).foreignKey("child.id"),
                column("name", string(50)));
        Table child = metadata.table("child",
                column("id", INTEGER).primaryKey(),
                column("name", string(50)));
        Registry registry = new Registry(metadata);
        registry.map(io.junction.it.declarative.onetooneref.Parent.class, parent,
                relationship("child", io.junction.it.declarative.onetooneref.Child.class).backref(backref("parent").uselist(false)));
        registry.map(io.junction.it.declarative.onetooneref.Child.class, child);
        return registry;
    });

    @AfterAll
    void dropTables() {
        FROM_ONE_TO_MANY.dropAll();
        FROM_MANY_TO_ONE.dropAll();
    }

    @Test
    void theDeclarativeConfigurationsAreTheClassicalOnes() {
        assertThat(FROM_ONE_TO_MANY.describe(Style.DECLARATIVE)).isEqualTo(FROM_ONE_TO_MANY.describe(Style.CLASSICAL));
        assertThat(FROM_MANY_TO_ONE.describe(Style.DECLARATIVE)).isEqualTo(FROM_MANY_TO_ONE.describe(Style.CLASSICAL));
        RelationshipProperty child = (RelationshipProperty) FROM_ONE_TO_MANY.registry().mapper(Parent.class).property("child");
        assertThat(child.direction()).isEqualTo(Direction.ONE_TO_MANY);
        assertThat(child.uselist()).isFalse();
        RelationshipProperty parent = (RelationshipProperty) FROM_MANY_TO_ONE.registry()
                .mapper(io.junction.it.declarative.onetooneref.Child.class).property("parent");
        assertThat(parent.direction()).isEqualTo(Direction.ONE_TO_MANY);
        assertThat(parent.uselist()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void bothSidesAreScalarsKeptInStepInMemory(Style style) {
        FROM_ONE_TO_MANY.activate(style);
        Parent p = new Parent("p");
        Child c1 = new Child("c1");
        Child c2 = new Child("c2");
        p.child = c1;
        assertThat(c1.parent).isSameAs(p);
        p.child = c2;
        assertThat(c1.parent).isNull();
        assertThat(c2.parent).isSameAs(p);

        FROM_MANY_TO_ONE.activate(style);
        var q = new io.junction.it.declarative.onetooneref.Parent("q");
        var d = new io.junction.it.declarative.onetooneref.Child("d");
        q.child = d;
        assertThat(d.parent).isSameAs(q);
        d.parent = null;
        assertThat(q.child).isNull();
    }

    @ParameterizedTest
    @MethodSource("io.junction.it.declarative.support.StyledMapping#cases")
    void aOneToManyMadeScalarFlushesAndLoads(Style style, Database database) {
        Engine engine = FROM_ONE_TO_MANY.fresh(style, database);
        SqlLog log = new SqlLog(engine);
        Integer id;
        try (Session session = new Session(engine)) {
            Parent p = new Parent("p");
            p.child = new Child("c");
            session.add(p);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT parent", "INSERT child");
            id = p.id;
        }
        try (Session session = new Session(engine)) {
            Parent p = session.get(Parent.class, id);
            log.clear();
            assertThat(p.child.name).isEqualTo("c");
            assertThat(log.sql()).containsExactly("SELECT child.id AS child_id, child.parent_id AS child_parent_id, "
                    + "child.name AS child_name FROM child WHERE child.parent_id = ?");
            assertThat(p.child.parent).isSameAs(p);
        }
    }

    @ParameterizedTest
    @MethodSource("io.junction.it.declarative.support.StyledMapping#cases")
    void aManyToOneWithScalarBackrefFlushesAndLoads(Style style, Database database) {
        Engine engine = FROM_MANY_TO_ONE.fresh(style, database);
        SqlLog log = new SqlLog(engine);
        Integer childId;
        try (Session session = new Session(engine)) {
            var p = new io.junction.it.declarative.onetooneref.Parent("p");
            p.child = new io.junction.it.declarative.onetooneref.Child("c");
            session.add(p);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT child", "INSERT parent");
            childId = p.child.id;
        }
        try (Session session = new Session(engine)) {
            var c = session.get(io.junction.it.declarative.onetooneref.Child.class, childId);
            log.clear();
            assertThat(c.parent.name).isEqualTo("p");
            assertThat(log.sql()).containsExactly("SELECT parent.id AS parent_id, parent.child_id AS parent_child_id, "
                    + "parent.name AS parent_name FROM parent WHERE parent.child_id = ?");
            assertThat(c.parent.child).isSameAs(c);
        }
        Table parent = FROM_MANY_TO_ONE.metadata().table("parent");
        assertThat(rows(engine, select(parent.c("child_id")))).extracting(r -> r.get(0)).containsExactly(childId);
    }

    private static List<Row> rows(Engine engine, Select select) {
        try (Connection connection = engine.connect()) {
            return connection.execute(select).all();
        }
    }
}
