package io.junction.ormtest.loading;

import io.junction.orm.loading.AppenderQuery;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.Lazy;
import io.junction.sql.expression.Statement;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/**
 * Users with addresses and keywords, lazy by default, for per-query loader options; an adjacency
 * list of nodes whose children load joined two levels deep; bloggers whose posts are a dynamic query.
 */
final class Model {
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
            column("name", string(30)));
    static final Table USER_KEYWORDS = METADATA.table("user_keywords",
            column("user_id", INTEGER).foreignKey("users.id").primaryKey(),
            column("keyword_id", INTEGER).foreignKey("keywords.id").primaryKey());
    static final Table NODES = METADATA.table("nodes",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("nodes.id"),
            column("data", string(30)));
    static final Table BLOGGERS = METADATA.table("bloggers",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table POSTS = METADATA.table("posts",
            column("id", INTEGER).primaryKey(),
            column("blogger_id", INTEGER).foreignKey("bloggers.id"),
            column("title", string(30)));
    static final Registry REGISTRY = new Registry(METADATA);

    static final String USER_COLUMNS = "users.id AS users_id, users.name AS users_name";
    static final String ADDRESS_COLUMNS =
            "addresses.id AS addresses_id, addresses.user_id AS addresses_user_id, addresses.email AS addresses_email";

    static {
        REGISTRY.map(User.class, USERS,
                relationship("addresses", Address.class).orderBy(ADDRESSES.c("id")).backref("user"),
                relationship("keywords", Keyword.class).secondary(USER_KEYWORDS).orderBy(KEYWORDS.c("id")));
        REGISTRY.map(Address.class, ADDRESSES);
        REGISTRY.map(Keyword.class, KEYWORDS);
        REGISTRY.map(Node.class, NODES, relationship("children", Node.class).lazy(Lazy.JOINED).joinDepth(2)
                .orderBy(NODES.c("id")).backref(backref("parent").remoteSide(NODES.c("id"))));
        REGISTRY.map(Blogger.class, BLOGGERS,
                relationship("posts", Post.class).lazy(Lazy.DYNAMIC).orderBy(POSTS.c("id")).backref("blogger"));
        REGISTRY.map(Post.class, POSTS);
        REGISTRY.configure();
    }

    private Model() {
    }

    /**
     * Users ed (1: addresses 1 and 2, keywords blue and red), wendy (2: address 3, keyword red) and
     * mary (3: nothing); address 4 belongs to nobody; nodes root(1) with child1(2) and child2(3),
     * child2 with subchild(4), subchild with leaf(5).
     */
    static Statement[] rows() {
        return new Statement[] {
            insert(USERS).values(Map.of("name", "ed")),
            insert(USERS).values(Map.of("name", "wendy")),
            insert(USERS).values(Map.of("name", "mary")),
            insert(ADDRESSES).values(Map.of("user_id", 1, "email", "ed@a")),
            insert(ADDRESSES).values(Map.of("user_id", 1, "email", "ed@b")),
            insert(ADDRESSES).values(Map.of("user_id", 2, "email", "wendy@a")),
            insert(ADDRESSES).values(Map.of("email", "nobody@a")),
            insert(KEYWORDS).values(Map.of("name", "blue")),
            insert(KEYWORDS).values(Map.of("name", "red")),
            insert(USER_KEYWORDS).values(Map.of("user_id", 1, "keyword_id", 1)),
            insert(USER_KEYWORDS).values(Map.of("user_id", 1, "keyword_id", 2)),
            insert(USER_KEYWORDS).values(Map.of("user_id", 2, "keyword_id", 2)),
            insert(NODES).values(Map.of("data", "root")),
            insert(NODES).values(Map.of("parent_id", 1, "data", "child1")),
            insert(NODES).values(Map.of("parent_id", 1, "data", "child2")),
            insert(NODES).values(Map.of("parent_id", 3, "data", "subchild")),
            insert(NODES).values(Map.of("parent_id", 4, "data", "leaf"))};
    }

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
        String name;
    }

    @Mapped
    static class Node {
        Integer id;
        Integer parentId;
        String data;
        Node parent;
        List<Node> children = new ArrayList<>();
    }

    @Mapped
    static class Blogger {
        Integer id;
        String name;
        AppenderQuery<Post> posts = new AppenderQuery<>();

        Blogger() {
        }

        Blogger(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Post {
        Integer id;
        Integer bloggerId;
        String title;
        Blogger blogger;

        Post() {
        }

        Post(String title) {
            this.title = title;
        }
    }
}
