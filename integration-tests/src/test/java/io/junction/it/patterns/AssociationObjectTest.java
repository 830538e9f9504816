package io.junction.it.patterns;

import io.junction.engine.Engine;
import io.junction.it.patterns.association.Association;
import io.junction.it.patterns.association.Base;
import io.junction.it.patterns.association.Child;
import io.junction.it.patterns.association.Parent;
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
 * The seed's association object, mapped classically and declaratively: a class mapped to the
 * association table, one-to-many from the left and many-to-one to the right, with backrefs, its key
 * made of its two foreign keys; and the same table as the secondary of a viewonly relationship,
 * which never writes it.
 */
class AssociationObjectTest extends StyledSuite {
    static final StyledMapping MAPPING = new StyledMapping(Base.class, () -> {
        MetaData metadata = new MetaData();
        Table left = metadata.table("left", column("id", INTEGER).primaryKey());
        Table right = metadata.table("right", column("id", INTEGER).primaryKey());
        Table association = metadata.table("association",
                column("left_id", INTEGER).foreignKey("left.id").primaryKey(),
                column("right_id", INTEGER).foreignKey("right.id").primaryKey(),
                column("data", string(50)));
        Registry registry = new Registry(metadata);
        registry.map(Parent.class, left,
                relationship("children", Association.class).backref("parent"),
                relationship("viewChildren", Child.class).secondary(association).viewonly(true));
        registry.map(Association.class, association, relationship("child", Child.class).backref("parentAssocs"));
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
        assertThat(registry.mapper(Association.class).primaryKey()).extracting(p -> p.column().name())
                .containsExactly("left_id", "right_id");
        assertThat(((RelationshipProperty) registry.mapper(Parent.class).property("children")).direction())
                .isEqualTo(Direction.ONE_TO_MANY);
        assertThat(((RelationshipProperty) registry.mapper(Association.class).property("child")).direction())
                .isEqualTo(Direction.MANY_TO_ONE);
        assertThat(((RelationshipProperty) registry.mapper(Child.class).property("parentAssocs")).direction())
                .isEqualTo(Direction.ONE_TO_MANY);
        RelationshipProperty view = (RelationshipProperty) registry.mapper(Parent.class).property("viewChildren");
        assertThat(view.direction()).isEqualTo(Direction.MANY_TO_MANY);
        assertThat(view.viewonly()).isTrue();
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
    @MethodSource("cases")
    void theAssociationObjectsAndTheirChildrenLoad(Style style, Database database) {
        Engine engine = fresh(style, database);
        Rows.insertInto(engine, table("left"), List.of("id"), new Object[] {1});
        Rows.insertInto(engine, table("right"), List.of("id"), new Object[] {10}, new Object[] {20});
        Rows.insertInto(engine, table("association"), List.of("left_id", "right_id", "data"),
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
    @MethodSource("cases")
    void theAssociationRowIsInsertedAfterBothSidesWithBothKeys(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p = new Parent();
            Association a = new Association("some data");
            a.child = new Child();
            p.children.add(a);
            session.add(p);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT \"left\"", "INSERT \"right\"", "INSERT association");
            assertThat(a.leftId).isEqualTo(p.id);
            assertThat(a.rightId).isEqualTo(a.child.id);
        }
        assertThat(strings(rows(engine, select(table("association").c("data"))))).containsExactly("some data");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theSeedsWalkThroughAndNoDuplicateWritesThroughTheViewonlySecondary(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        Integer parentId;
        try (Session session = new Session(engine)) {
            // create parent, append a child via association
            Parent p = new Parent();
            Association a = new Association("some data");
            a.child = new Child();
            p.children.add(a);
            assertThat(a.parent).isSameAs(p);
            session.add(p);
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT \"left\"", "INSERT \"right\"", "INSERT association");
            parentId = p.id;
        }
        try (Session session = new Session(engine)) {
            Parent p = session.get(Parent.class, parentId);
            // iterate through child objects via association, including association attributes
            for (Association assoc : p.children) {
                assertThat(assoc.data).isEqualTo("some data");
                assertThat(assoc.child.parentAssocs).containsExactly(assoc);
            }
            assertThat(p.viewChildren).containsExactly(p.children.get(0).child);

            Child second = new Child();
            Association b = new Association("more");
            b.child = second;
            p.children.add(b);
            log.clear();
            session.commit();
            assertThat(log.verbs()).as("one INSERT of the association row, none through the viewonly relationship")
                    .containsExactly("INSERT \"right\"", "INSERT association");
        }
        try (Session session = new Session(engine)) {
            Parent p = session.get(Parent.class, parentId);
            Association first = p.children.get(0);
            p.children.remove(first);
            session.delete(first);
            log.clear();
            session.commit();
            assertThat(log.verbs()).as("one DELETE, none through the viewonly relationship")
                    .containsExactly("DELETE association");
        }
        assertThat(strings(rows(engine, select(table("association").c("data"))))).containsExactly("more");
    }
}
