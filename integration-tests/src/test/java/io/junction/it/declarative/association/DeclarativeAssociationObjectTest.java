package io.junction.it.declarative.association;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.it.declarative.support.Rows;
import io.junction.it.declarative.support.Style;
import io.junction.it.declarative.support.StyledMapping;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.orm.inspect.Junction;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Direction;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's association object, both styles: configuration, in-memory backrefs, loading, and
 * the flush of an association row whose key is made of its two foreign keys.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclarativeAssociationObjectTest {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table left = metadata.table("left", column("id", INTEGER).primaryKey());
        Table right = metadata.table("right", column("id", INTEGER).primaryKey());
        Table association = metadata.table("association",
                column("left_id", INTEGER).foreignKey("left.id").primaryKey(),
                column("right_id", INTEGER).foreignKey("right.id").primaryKey(),
                column("data", string(50)));
        Registry registry = new Registry(metadata);
        registry.map(Parent.class, left, relationship("children", Association.class).backref("parent"));
        registry.map(Association.class, association, relationship("child", Child.class).backref("parentAssocs"));
        registry.map(Child.class, right);
        return registry;
    });

    @AfterAll
    void dropTables() {
        MAPPING.dropAll();
    }

    @Test
    void theDeclarativeConfigurationIsTheClassicalOne() {
        assertThat(MAPPING.describe(Style.DECLARATIVE)).isEqualTo(MAPPING.describe(Style.CLASSICAL));
        Registry registry = MAPPING.activate(Style.DECLARATIVE);
        assertThat(registry.mapper(Association.class).primaryKey()).extracting(p -> p.column().name())
                .containsExactly("left_id", "right_id");
        assertThat(Junction.inspect(Parent.class).relationship("children").direction()).isEqualTo(Direction.ONE_TO_MANY);
        assertThat(Junction.inspect(Association.class).relationship("child").direction()).isEqualTo(Direction.MANY_TO_ONE);
        assertThat(Junction.inspect(Child.class).relationship("parentAssocs").direction()).isEqualTo(Direction.ONE_TO_MANY);
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void aChildIsAssociatedThroughTheAssociationObjectInMemory(Style style) {
        MAPPING.activate(style);
        Parent p = new Parent();
        Association a = new Association();
        a.child = new Child();
        p.children.add(a);
        assertThat(a.parent).isSameAs(p);
        assertThat(a.child.parentAssocs).containsExactly(a);
    }

    @ParameterizedTest
    @MethodSource("io.junction.it.declarative.support.StyledMapping#cases")
    void theAssociationObjectsAndTheirChildrenLoad(Style style, Database database) {
        Engine engine = MAPPING.fresh(style, database);
        MetaData metadata = MAPPING.metadata();
        Rows.insertInto(engine, metadata.table("left"), List.of("id"), new Object[] {1});
        Rows.insertInto(engine, metadata.table("right"), List.of("id"), new Object[] {10}, new Object[] {20});
        Rows.insertInto(engine, metadata.table("association"), List.of("left_id", "right_id", "data"),
                new Object[] {1, 10, "ten"}, new Object[] {1, 20, "twenty"});
        try (Session session = new Session(engine)) {
            Parent p = session.get(Parent.class, 1);
            assertThat(p.children).extracting(a -> a.data + ":" + a.child.id).containsExactlyInAnyOrder("ten:10", "twenty:20");
            Association first = p.children.get(0);
            assertThat(first.parent).isSameAs(p);
            assertThat(first.child.parentAssocs).containsExactly(first);
        }
    }

    @ParameterizedTest
    @MethodSource("io.junction.it.declarative.support.StyledMapping#cases")
    void theAssociationRowIsInsertedAfterBothSidesWithBothKeys(Style style, Database database) {
        Engine engine = MAPPING.fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p = new Parent();
            Association a = new Association();
            a.data = "some data";
            a.child = new Child();
            p.children.add(a);
            session.add(p);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT \"left\"", "INSERT \"right\"", "INSERT association");
            assertThat(a.leftId).isEqualTo(p.id);
            assertThat(a.rightId).isEqualTo(a.child.id);
        }
        try (Connection connection = engine.connect()) {
            assertThat(connection.execute(select(MAPPING.metadata().table("association").c("data"))).all())
                    .extracting(r -> r.get(0)).containsExactly("some data");
        }
    }
}
