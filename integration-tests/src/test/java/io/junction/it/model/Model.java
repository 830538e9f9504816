package io.junction.it.model;

import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/**
 * The seed's {@code nodes} adjacency list, and users with addresses and orders (one-to-many) and
 * keywords (many-to-many), all lazy by default and ordered by id; shared by the loading and query suites.
 */
public final class Model {
    public static final MetaData METADATA = new MetaData();
    public static final Table NODES = METADATA.table("nodes",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("nodes.id"),
            column("data", string(50)));
    public static final Table USERS = METADATA.table("users",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)));
    public static final Table ADDRESSES = METADATA.table("addresses",
            column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"),
            column("email", string(50)));
    public static final Table ORDERS = METADATA.table("orders",
            column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"),
            column("description", string(50)));
    public static final Table KEYWORDS = METADATA.table("keywords",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)));
    public static final Table USER_KEYWORDS = METADATA.table("user_keywords",
            column("user_id", INTEGER).foreignKey("users.id").primaryKey(),
            column("keyword_id", INTEGER).foreignKey("keywords.id").primaryKey());
    public static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Node.class, NODES,
                relationship("children", Node.class).orderBy(NODES.c("id"))
                        .backref(backref("parent").remoteSide(NODES.c("id"))));
        REGISTRY.map(User.class, USERS,
                relationship("addresses", Address.class).backref("user").orderBy(ADDRESSES.c("id")),
                relationship("orders", Order.class).backref("user").orderBy(ORDERS.c("id")),
                relationship("keywords", Keyword.class).secondary(USER_KEYWORDS).orderBy(KEYWORDS.c("id")).backref("users"));
        REGISTRY.map(Address.class, ADDRESSES);
        REGISTRY.map(Order.class, ORDERS);
        REGISTRY.map(Keyword.class, KEYWORDS);
    }

    private Model() {
    }
}
