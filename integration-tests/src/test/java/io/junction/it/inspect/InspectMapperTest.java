package io.junction.it.inspect;

import io.junction.orm.inspect.ColumnPair;
import io.junction.orm.inspect.Junction;
import io.junction.orm.inspect.MapperView;
import io.junction.orm.inspect.RelationshipView;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Cascade;
import io.junction.orm.relationship.Direction;
import io.junction.orm.relationship.Lazy;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code Junction.inspect(Class)}: table, columns, primary key and relationships with their
 * direction and columns, as SQLAlchemy's mapper inspection gives them. No database is needed.
 */
class InspectMapperTest {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table ADDRESSES = METADATA.table("addresses",
            column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"),
            column("email", string(50)));
    static final Table KEYWORDS = METADATA.table("keywords",
            column("id", INTEGER).primaryKey(),
            column("word", string(30)));
    static final Table USER_KEYWORDS = METADATA.table("user_keywords",
            column("user_id", INTEGER).foreignKey("users.id").primaryKey(),
            column("keyword_id", INTEGER).foreignKey("keywords.id").primaryKey());
    static final Table NODES = METADATA.table("nodes",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("nodes.id"),
            column("data", string(30)));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class User {
        Integer id;
        String name;
        List<Address> addresses = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
    }

    @Mapped
    static class Address {
        Integer id;
        Integer userId;
        String email;
        User user;
    }

    @Mapped
    static class Keyword {
        Integer id;
        String word;
        List<User> users = new ArrayList<>();
    }

    @Mapped
    static class Node {
        Integer id;
        Integer parentId;
        String data;
        List<Node> children = new ArrayList<>();
        Node parent;
    }

    static {
        REGISTRY.map(User.class, USERS,
                relationship("addresses", Address.class).cascade("all, delete-orphan").backref("user"),
                relationship("keywords", Keyword.class).secondary(USER_KEYWORDS).lazy(Lazy.SELECTIN)
                        .backPopulates("users"));
        REGISTRY.map(Address.class, ADDRESSES);
        REGISTRY.map(Keyword.class, KEYWORDS,
                relationship("users", User.class).secondary(USER_KEYWORDS).backPopulates("keywords"));
        REGISTRY.map(Node.class, NODES,
                relationship("children", Node.class).backref(backref("parent").remoteSide(NODES.c("id"))));
    }

    @Test
    void tableColumnsAndPrimaryKey() {
        MapperView mapper = Junction.inspect(Address.class);
        assertThat(mapper.mappedClass()).isEqualTo(Address.class);
        assertThat(mapper.table()).isSameAs(ADDRESSES);
        assertThat(mapper.columns()).containsExactly(
                java.util.Map.entry("id", ADDRESSES.c("id")),
                java.util.Map.entry("userId", ADDRESSES.c("user_id")),
                java.util.Map.entry("email", ADDRESSES.c("email")));
        assertThat(mapper.column("userId")).isSameAs(ADDRESSES.c("user_id"));
        assertThat(mapper.primaryKey()).containsExactly(ADDRESSES.c("id"));
        assertThat(mapper.primaryKeyAttributes()).containsExactly("id");
        assertThat(mapper.relationships().keySet()).as("the backref from User").containsExactly("user");
    }

    @Test
    void oneToManyAndItsManyToOneBackref() {
        RelationshipView addresses = Junction.inspect(User.class).relationship("addresses");
        assertThat(addresses.name()).isEqualTo("addresses");
        assertThat(addresses.parentClass()).isEqualTo(User.class);
        assertThat(addresses.targetClass()).isEqualTo(Address.class);
        assertThat(addresses.direction()).isEqualTo(Direction.ONE_TO_MANY);
        assertThat(addresses.localColumns()).containsExactly(USERS.c("id"));
        assertThat(addresses.remoteColumns()).containsExactly(ADDRESSES.c("user_id"));
        assertThat(addresses.localRemotePairs()).containsExactly(new ColumnPair(USERS.c("id"), ADDRESSES.c("user_id")));
        assertThat(addresses.secondary()).isNull();
        assertThat(addresses.backPopulates()).isEqualTo("user");
        assertThat(addresses.backref()).isFalse();
        assertThat(addresses.uselist()).isTrue();
        assertThat(addresses.cascade()).contains(Cascade.Option.SAVE_UPDATE, Cascade.Option.DELETE,
                Cascade.Option.DELETE_ORPHAN);
        assertThat(addresses.lazy()).isEqualTo(Lazy.SELECT);
        assertThat(addresses.viewonly()).isFalse();

        RelationshipView user = Junction.inspect(Address.class).relationship("user");
        assertThat(user.direction()).isEqualTo(Direction.MANY_TO_ONE);
        assertThat(user.targetClass()).isEqualTo(User.class);
        assertThat(user.localColumns()).containsExactly(ADDRESSES.c("user_id"));
        assertThat(user.remoteColumns()).containsExactly(USERS.c("id"));
        assertThat(user.backPopulates()).isEqualTo("addresses");
        assertThat(user.backref()).isTrue();
        assertThat(user.uselist()).isFalse();
        assertThat(user.cascade()).containsExactlyInAnyOrder(Cascade.Option.SAVE_UPDATE, Cascade.Option.MERGE);
    }

    @Test
    void manyToManyThroughASecondaryTable() {
        RelationshipView keywords = Junction.inspect(User.class).relationship("keywords");
        assertThat(keywords.direction()).isEqualTo(Direction.MANY_TO_MANY);
        assertThat(keywords.secondary()).isSameAs(USER_KEYWORDS);
        assertThat(keywords.localColumns()).containsExactly(USERS.c("id"));
        assertThat(keywords.remoteColumns()).as("SQLAlchemy's remote_side: the association columns")
                .containsExactly(USER_KEYWORDS.c("user_id"), USER_KEYWORDS.c("keyword_id"));
        assertThat(keywords.localRemotePairs()).containsExactly(
                new ColumnPair(USERS.c("id"), USER_KEYWORDS.c("user_id")),
                new ColumnPair(KEYWORDS.c("id"), USER_KEYWORDS.c("keyword_id")));
        assertThat(keywords.backPopulates()).isEqualTo("users");
        assertThat(keywords.lazy()).isEqualTo(Lazy.SELECTIN);

        RelationshipView users = Junction.inspect(Keyword.class).relationship("users");
        assertThat(users.direction()).isEqualTo(Direction.MANY_TO_MANY);
        assertThat(users.localColumns()).containsExactly(KEYWORDS.c("id"));
        assertThat(users.remoteColumns()).containsExactly(USER_KEYWORDS.c("keyword_id"), USER_KEYWORDS.c("user_id"));
        assertThat(users.viewonly()).isFalse();
        assertThat(users.backPopulates()).isEqualTo("keywords");
    }

    @Test
    void selfReferentialAdjacencyListWithRemoteSide() {
        MapperView nodes = Junction.inspect(Node.class);
        RelationshipView children = nodes.relationship("children");
        assertThat(children.direction()).isEqualTo(Direction.ONE_TO_MANY);
        assertThat(children.targetClass()).isEqualTo(Node.class);
        assertThat(children.localColumns()).containsExactly(NODES.c("id"));
        assertThat(children.remoteColumns()).containsExactly(NODES.c("parent_id"));

        RelationshipView parent = nodes.relationship("parent");
        assertThat(parent.direction()).isEqualTo(Direction.MANY_TO_ONE);
        assertThat(parent.localColumns()).containsExactly(NODES.c("parent_id"));
        assertThat(parent.remoteColumns()).containsExactly(NODES.c("id"));
        assertThat(parent.backref()).isTrue();
        assertThat(parent.backPopulates()).isEqualTo("children");
    }

    @Test
    void theViewsAreUnmodifiableAndMistakesNameWhatThereIs() {
        MapperView mapper = Junction.inspect(User.class);
        assertThatThrownBy(() -> mapper.columns().put("x", USERS.c("id"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> mapper.relationships().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> mapper.relationship("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("addresses").hasMessageContaining("keywords");
        assertThatThrownBy(() -> mapper.column("addresses")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> Junction.inspect(String.class)).isInstanceOf(RuntimeException.class)
                .hasMessageContaining("String");
    }
}
