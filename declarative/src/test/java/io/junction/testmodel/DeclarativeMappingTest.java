package io.junction.testmodel;

import io.junction.declarative.DeclarativeBase;
import io.junction.declarative.DeclarativeRegistry;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.orm.inspect.Junction;
import io.junction.orm.inspect.MapperView;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.orm.session.Session;
import io.junction.sql.dialect.Dialect;
import io.junction.sql.expression.ColumnElement;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import io.junction.testing.TestDatabases;
import io.junction.testmodel.adjacency.Node;
import io.junction.testmodel.adjacency.Node_;
import io.junction.testmodel.onetomany.Child;
import io.junction.testmodel.onetomany.Parent;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

class DeclarativeMappingTest {

    private static final Dialect H2 = Dialect.forUrl("jdbc:h2:mem:x");

    @Test
    void aBaseHasItsOwnMetadataWithTheTablesOfItsModelClasses() {
        MetaData metadata = DeclarativeBase.metadata(io.junction.testmodel.onetomany.Base.class);
        assertThat(metadata.tables()).extracting(Table::name).containsExactlyInAnyOrder("parent", "child");
        assertThat(DeclarativeBase.metadata(io.junction.testmodel.adjacency.Base.class).tables())
                .extracting(Table::name).containsExactly("nodes");
        Table child = metadata.table("child");
        assertThat(child.columns()).extracting(c -> c.name()).containsExactly("id", "parent_id", "name");
        assertThat(child.c("parent_id").references(metadata.table("parent").c("id"))).isTrue();
        assertThat(child.c("name").type().length()).isEqualTo(50);
        assertThat(metadata.table("parent").c("name").isUnique()).isTrue();
        assertThat(DeclarativeBase.registry(io.junction.testmodel.onetomany.Base.class).metadata()).isSameAs(metadata);
        assertThat(DeclarativeRegistry.of(Parent.class)).isSameAs(DeclarativeRegistry.of(io.junction.testmodel.onetomany.Base.class));
    }

    @Test
    void theDdlIsTheDdlOfTheClassicalTables() {
        MetaData classical = new MetaData();
        classical.table("parent",
                io.junction.sql.schema.Schema.column("id", io.junction.sql.schema.Schema.INTEGER).primaryKey(),
                io.junction.sql.schema.Schema.column("name", io.junction.sql.schema.Schema.string(50)).unique());
        classical.table("child",
                io.junction.sql.schema.Schema.column("id", io.junction.sql.schema.Schema.INTEGER).primaryKey(),
                io.junction.sql.schema.Schema.column("parent_id", io.junction.sql.schema.Schema.INTEGER).foreignKey("parent.id"),
                io.junction.sql.schema.Schema.column("name", io.junction.sql.schema.Schema.string(50)));
        MetaData declarative = DeclarativeBase.metadata(io.junction.testmodel.onetomany.Base.class);
        assertThat(H2.ddlCompiler().createStatements(declarative)).isEqualTo(H2.ddlCompiler().createStatements(classical));
    }

    @Test
    void relationshipsAndBackrefsAreConfiguredAsTheClassicalOnes() {
        Registry registry = DeclarativeBase.registry(io.junction.testmodel.onetomany.Base.class);
        RelationshipProperty children = (RelationshipProperty) registry.mapper(Parent.class).property("children");
        assertThat(children.direction()).isEqualTo(Direction.ONE_TO_MANY);
        assertThat(children.uselist()).isTrue();
        RelationshipProperty parent = (RelationshipProperty) registry.mapper(Child.class).property("parent");
        assertThat(parent.direction()).isEqualTo(Direction.MANY_TO_ONE);
        assertThat(parent.uselist()).isFalse();
        assertThat(parent.reverse()).isSameAs(children);
        assertThat(parent.isBackref()).isTrue();
    }

    @Test
    void backrefsStayInStepInMemory() {
        Parent p = new Parent("p1");
        Child c = new Child("c1");
        p.children.add(c);
        assertThat(c.parent).isSameAs(p);
        c.parent = null;
        assertThat(p.children).isEmpty();
    }

    @Test
    void aSessionFlushesAndLoadsDeclarativeObjects() {
        Engine engine = Engine.builder(TestDatabases.h2Url("declarative")).build();
        MetaData metadata = DeclarativeBase.metadata(io.junction.testmodel.onetomany.Base.class);
        metadata.createAll(engine);
        Integer id;
        try (Session session = new Session(engine)) {
            Parent p = new Parent("p1");
            p.children.add(new Child("c1"));
            p.children.add(new Child("c2"));
            session.add(p);
            session.commit();
            id = p.id;
        }
        try (Session session = new Session(engine)) {
            Parent p = session.get(Parent.class, id);
            assertThat(p.children).extracting(c -> c.name).containsExactly("c1", "c2");
            assertThat(p.children.get(0).parent).isSameAs(p);
            assertThat(p.children.get(0).parentId).isEqualTo(id);
        }
        metadata.dropAll(engine);
    }

    @Test
    void theMetamodelBuildsTheSameExpressionsAsTheTable() {
        Table nodes = DeclarativeBase.metadata(io.junction.testmodel.adjacency.Base.class).table("nodes");
        ColumnElement typed = and(Node_.data.eq("child2"), Node_.parentId.eq(Node_.id));
        ColumnElement classical = and(nodes.c("data").eq("child2"), nodes.c("parent_id").eq(nodes.c("id")));
        assertThat(H2.compile(select(nodes).where(typed)).sql()).isEqualTo(H2.compile(select(nodes).where(classical)).sql());
        assertThat(H2.compile(select(nodes).where(Node_.data)).sql()).contains("WHERE nodes.data");
        assertThat(Node_.data.column()).isSameAs(nodes.c("data"));
        assertThat(Node_.parent.name()).isEqualTo("parent");
        assertThat(Node_.parent.target()).isEqualTo(Node.class);
        assertThat(Node_.children.name()).isEqualTo("children");
    }

    @Test
    void aQueryFiltersWithTheMetamodelAndTheAdjacencyListLoadsBothWays() {
        Engine engine = Engine.builder(TestDatabases.h2Url("adjacency")).build();
        MetaData metadata = DeclarativeBase.metadata(io.junction.testmodel.adjacency.Base.class);
        metadata.createAll(engine);
        Table nodes = metadata.table("nodes");
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(nodes), List.of(node(1, null, "root"), node(2, 1, "child1"), node(3, 1, "child2"),
                    node(4, 3, "subchild1"), node(5, 3, "subchild2"), node(6, 1, "child3")));
            connection.commit();
        }
        MapperView mapper = Junction.inspect(Node.class);
        assertThat(mapper.relationship("parent").direction()).isEqualTo(Direction.MANY_TO_ONE);
        assertThat(mapper.relationship("children").direction()).isEqualTo(Direction.ONE_TO_MANY);
        try (Session session = new Session(engine)) {
            Node child2 = session.query(Node.class).filter(Node_.data.eq("child2")).one();
            assertThat(child2.children).extracting(n -> n.data).containsExactlyInAnyOrder("subchild1", "subchild2");
            assertThat(child2.parent.data).isEqualTo("root");
            assertThat(child2.children.get(0).parent).isSameAs(child2);
        }
        metadata.dropAll(engine);
    }

    @Test
    void manyToManyUsesThePlainAssociationTableOfTheBase() {
        Registry registry = DeclarativeBase.registry(io.junction.testmodel.manytomany.Base.class);
        MetaData metadata = registry.metadata();
        assertThat(metadata.tables()).extracting(Table::name).contains("left", "right", "association");
        RelationshipProperty children = (RelationshipProperty) registry.mapper(io.junction.testmodel.manytomany.Parent.class)
                .property("children");
        assertThat(children.direction()).isEqualTo(Direction.MANY_TO_MANY);
        assertThat(children.join().secondary()).isSameAs(io.junction.testmodel.manytomany.Parent.ASSOCIATION);
        RelationshipProperty parents = (RelationshipProperty) registry.mapper(io.junction.testmodel.manytomany.Child.class)
                .property("parents");
        assertThat(parents.direction()).isEqualTo(Direction.MANY_TO_MANY);
        assertThat(parents.reverse()).isSameAs(children);
    }

    @Test
    void customJoinConditionsAreTheClassicalExpressions() {
        Registry registry = DeclarativeBase.registry(io.junction.testmodel.custom.Base.class);
        Table users = registry.metadata().table("users");
        Table addresses = registry.metadata().table("addresses");
        Mapper user = registry.mapper(io.junction.testmodel.custom.User.class);
        RelationshipProperty boston = (RelationshipProperty) user.property("bostonAddresses");
        RelationshipProperty newyork = (RelationshipProperty) user.property("newyorkAddresses");
        RelationshipProperty all = (RelationshipProperty) user.property("addresses");
        assertThat(sql(boston.config().primaryJoin())).isEqualTo(sql(
                and(users.c("user_id").eq(addresses.c("user_id")), addresses.c("city").eq("Boston"))));
        assertThat(sql(newyork.config().primaryJoin())).isEqualTo(sql(
                and(users.c("user_id").eq(addresses.c("user_id")), addresses.c("city").eq("New York"))));
        assertThat(H2.compile(select(users).where(boston.config().primaryJoin())).parameters()).containsExactly("Boston");
        assertThat(boston.viewonly()).isTrue();
        assertThat(all.direction()).isEqualTo(Direction.ONE_TO_MANY);
        assertThat(all.config().foreignKeys()).containsExactly(addresses.c("user_id"));
        assertThat(all.config().orderBy()).hasSize(1);
    }

    private static String sql(ColumnElement condition) {
        Table users = DeclarativeBase.metadata(io.junction.testmodel.custom.Base.class).table("users");
        return H2.compile(select(users).where(condition)).sql();
    }

    private static Map<String, Object> node(int id, Integer parentId, String data) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("parent_id", parentId);
        row.put("data", data);
        return row;
    }
}
