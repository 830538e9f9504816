package io.junction.it.patterns;

import io.junction.engine.Engine;
import io.junction.it.patterns.manytomany.Base;
import io.junction.it.patterns.manytomany.Child;
import io.junction.it.patterns.manytomany.Parent;
import io.junction.it.support.Database;
import io.junction.it.support.Rows;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
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
 * The seed's many-to-many through the plain {@code association} table, with the {@code parents}
 * backref, mapped classically and declaratively: configuration, loading, and the flush of
 * association rows.
 */
class ManyToManyTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table left = metadata.table("left", column("id", INTEGER).primaryKey(), column("name", string(20)));
        Table right = metadata.table("right", column("id", INTEGER).primaryKey(), column("name", string(20)));
        Table association = metadata.table("association",
                column("left_id", INTEGER).foreignKey("left.id"),
                column("right_id", INTEGER).foreignKey("right.id"));
        Registry registry = new Registry(metadata);
        registry.map(Parent.class, left, relationship("children", Child.class).secondary(association).backref("parents"));
        registry.map(Child.class, right);
        return registry;
    });

    @Override
    protected StyledMapping mapping() {
        return MAPPING;
    }

    @Test
    void theDeclarativeConfigurationIsTheClassicalOne() {
        assertThat(MAPPING.describe(Style.DECLARATIVE)).isEqualTo(MAPPING.describe(Style.CLASSICAL));
        Registry registry = MAPPING.activate(Style.DECLARATIVE);
        RelationshipProperty children = (RelationshipProperty) registry.mapper(Parent.class).property("children");
        assertThat(children.direction()).isEqualTo(Direction.MANY_TO_MANY);
        assertThat(children.join().secondary()).as("the table declared on the base").isSameAs(Base.ASSOCIATION);
        assertThat(registry.metadata().tables()).contains(Base.ASSOCIATION);
        RelationshipProperty parents = (RelationshipProperty) registry.mapper(Child.class).property("parents");
        assertThat(parents.direction()).isEqualTo(Direction.MANY_TO_MANY);
        assertThat(parents.reverse()).isSameAs(children);
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void bothCollectionsStayInStepInMemory(Style style) {
        MAPPING.activate(style);
        Parent a = new Parent("a");
        Parent b = new Parent("b");
        Child x = new Child("x");
        a.children.add(x);
        b.children.add(x);
        assertThat(x.parents).containsExactly(a, b);
        x.parents.remove(a);
        assertThat(a.children).isEmpty();
        assertThat(b.children).containsExactly(x);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void bothCollectionsLoadThroughTheAssociationTable(Style style, Database database) {
        Engine engine = fresh(style, database);
        Rows.insertInto(engine, table("left"), List.of("id", "name"), new Object[] {1, "a"}, new Object[] {2, "b"});
        Rows.insertInto(engine, table("right"), List.of("id", "name"), new Object[] {10, "x"}, new Object[] {20, "y"});
        Rows.insertInto(engine, table("association"), List.of("left_id", "right_id"),
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
    @MethodSource("cases")
    void associationRowsAreWrittenAfterBothSidesOncePerLinkInOneBatch(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent a = new Parent("a");
            Parent b = new Parent("b");
            Child x = new Child("x");
            Child y = new Child("y");
            a.children.addAll(List.of(x, y));
            b.children.add(x);
            session.addAll(List.of(a, b));
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT \"left\"", "INSERT \"right\"", "INSERT association");
            assertThat(log.sql().get(2)).isEqualTo("INSERT INTO association (left_id, right_id) VALUES (?, ?)");
            assertThat(log.statements().get(2).parameterSets()).hasSize(3);
        }
        Table left = table("left");
        Table right = table("right");
        Table association = table("association");
        assertThat(strings(rows(engine, select(left.c("name"), right.c("name"))
                .where(association.c("left_id").eq(left.c("id"))).where(association.c("right_id").eq(right.c("id")))
                .orderBy(left.c("name"), right.c("name"))))).containsExactly("a/x", "a/y", "b/x");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void associationRowsAreInsertedAfterBothSidesAndDeletedWhenAMemberLeaves(Style style, Database database) {
        Engine engine = fresh(style, database);
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
            assertThat(associationRows(engine)).isEqualTo(3);

            log.clear();
            p1.children.remove(c2);    // the commit expired p1: its children load again first
            session.commit();
            assertThat(log.verbs()).containsExactly("SELECT \"right\"", "DELETE association");
            assertThat(associationRows(engine)).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void removingDeletesTheRowAndDeletingEitherSideDeletesItsRowsFirst(Style style, Database database) {
        Engine engine = fresh(style, database);
        try (Session session = new Session(engine)) {
            Parent a = new Parent("a");
            Parent b = new Parent("b");
            Child x = new Child("x");
            Child y = new Child("y");
            a.children.addAll(List.of(x, y));
            b.children.add(y);
            session.addAll(List.of(a, b));
            session.commit();
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent a = session.query(Parent.class).filterBy("name", "a").one();
            Child x = a.children.stream().filter(r -> r.name.equals("x")).findFirst().orElseThrow();
            log.clear();
            a.children.remove(x);
            assertThat(x.parents).as("loaded after an autoflush of the removal").isEmpty();
            assertThat(log.verbs()).containsExactly("DELETE association", "SELECT \"left\"");
            assertThat(log.sql().get(0)).isEqualTo("DELETE FROM association WHERE association.left_id = ? "
                    + "AND association.right_id = ?");

            Child y = a.children.get(0);
            session.delete(y);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("SELECT \"left\"", "DELETE association", "DELETE \"right\"");
            assertThat(log.statements().get(1).parameterSets()).as("both links of y, one batch").hasSize(2);
        }
        assertThat(rows(engine, select(table("association").c("left_id")))).isEmpty();
        assertThat(strings(rows(engine, select(table("right").c("name"))))).containsExactly("x");
    }

    private long associationRows(Engine engine) {
        return rows(engine, select(table("association").c("left_id"))).size();
    }
}
