package io.junction.it.declarative.manytomany;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.it.declarative.support.Rows;
import io.junction.it.declarative.support.Style;
import io.junction.it.declarative.support.StyledMapping;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's many-to-many with a plain association table in the base's metadata, both styles:
 * configuration, loading, and the flush of association rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclarativeManyToManyTest {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table left = metadata.table("left", column("id", INTEGER).primaryKey());
        Table right = metadata.table("right", column("id", INTEGER).primaryKey());
        Table association = metadata.table("association",
                column("left_id", INTEGER).foreignKey("left.id"),
                column("right_id", INTEGER).foreignKey("right.id"));
        Registry registry = new Registry(metadata);
        registry.map(Parent.class, left, relationship("children", Child.class).secondary(association).backref("parents"));
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
        RelationshipProperty children = (RelationshipProperty) registry.mapper(Parent.class).property("children");
        assertThat(children.direction()).isEqualTo(Direction.MANY_TO_MANY);
        assertThat(children.join().secondary()).isSameAs(Base.ASSOCIATION);
        assertThat(registry.metadata().tables()).contains(Base.ASSOCIATION);
        RelationshipProperty parents = (RelationshipProperty) registry.mapper(Child.class).property("parents");
        assertThat(parents.direction()).isEqualTo(Direction.MANY_TO_MANY);
        assertThat(parents.reverse()).isSameAs(children);
    }

    @ParameterizedTest
    @MethodSource("io.junction.it.declarative.support.StyledMapping#cases")
    void bothCollectionsLoadThroughTheAssociationTable(Style style, Database database) {
        Engine engine = MAPPING.fresh(style, database);
        MetaData metadata = MAPPING.metadata();
        Rows.insertInto(engine, metadata.table("left"), List.of("id"), new Object[] {1}, new Object[] {2});
        Rows.insertInto(engine, metadata.table("right"), List.of("id"), new Object[] {10}, new Object[] {20});
        Rows.insertInto(engine, metadata.table("association"), List.of("left_id", "right_id"),
                new Object[] {1, 10}, new Object[] {1, 20}, new Object[] {2, 20});
        try (Session session = new Session(engine)) {
            Parent p1 = session.get(Parent.class, 1);
            assertThat(p1.children).extracting(c -> c.id).containsExactlyInAnyOrder(10, 20);
            Child c20 = session.get(Child.class, 20);
            assertThat(c20.parents).extracting(p -> p.id).containsExactlyInAnyOrder(1, 2);
            assertThat(c20.parents).contains(p1);
        }
    }

    @ParameterizedTest
    @MethodSource("io.junction.it.declarative.support.StyledMapping#cases")
    void associationRowsAreInsertedAfterBothSidesAndDeletedWhenAMemberLeaves(Style style, Database database) {
        Engine engine = MAPPING.fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p1 = new Parent();
            Parent p2 = new Parent();
            Child c1 = new Child();
            Child c2 = new Child();
            p1.children.addAll(List.of(c1, c2));
            p2.children.add(c1);
            assertThat(c1.parents).containsExactly(p1, p2);
            session.addAll(List.of(p1, p2));
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT \"left\"", "INSERT \"right\"", "INSERT association");
            assertThat(count(engine)).isEqualTo(3);

            log.clear();
            p1.children.remove(c2);    // the commit expired p1: its children load again first
            session.commit();
            assertThat(log.verbs()).containsExactly("SELECT \"right\"", "DELETE association");
            assertThat(count(engine)).isEqualTo(2);
        }
    }

    private static long count(Engine engine) {
        try (Connection connection = engine.connect()) {
            return connection.execute(select(MAPPING.metadata().table("association").c("left_id"))).all().size();
        }
    }
}
