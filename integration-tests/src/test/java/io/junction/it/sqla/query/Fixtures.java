package io.junction.it.sqla.query;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/**
 * SQLAlchemy's test/orm/_fixtures.py {@code FixtureTest} model and data, as its query tests use them:
 * users with addresses (one-to-many, ordered), orders (one-to-many) and open orders (a custom
 * primaryJoin); addresses with one dingaling (one-to-one); orders with items (many-to-many) and a
 * shipping address (primaryJoin with foreignKeys); items with keywords (many-to-many); and the
 * nodes adjacency list.
 */
final class Fixtures {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users",
            column("id", INTEGER).primaryKey(), column("name", string(30)).nullable(false));
    static final Table ADDRESSES = METADATA.table("addresses",
            column("id", INTEGER).primaryKey(), column("user_id", INTEGER).foreignKey("users.id"),
            column("email_address", string(50)).nullable(false));
    static final Table DINGALINGS = METADATA.table("dingalings",
            column("id", INTEGER).primaryKey(), column("address_id", INTEGER).foreignKey("addresses.id"),
            column("data", string(30)));
    static final Table ORDERS = METADATA.table("orders",
            column("id", INTEGER).primaryKey(), column("user_id", INTEGER).foreignKey("users.id"),
            column("address_id", INTEGER), column("description", string(30)), column("isopen", INTEGER));
    static final Table ITEMS = METADATA.table("items",
            column("id", INTEGER).primaryKey(), column("description", string(30)).nullable(false));
    static final Table ORDER_ITEMS = METADATA.table("order_items",
            column("item_id", INTEGER).foreignKey("items.id"), column("order_id", INTEGER).foreignKey("orders.id"));
    static final Table KEYWORDS = METADATA.table("keywords",
            column("id", INTEGER).primaryKey(), column("name", string(30)).nullable(false));
    static final Table ITEM_KEYWORDS = METADATA.table("item_keywords",
            column("item_id", INTEGER).foreignKey("items.id"), column("keyword_id", INTEGER).foreignKey("keywords.id"));
    static final Table NODES = METADATA.table("nodes",
            column("id", INTEGER).primaryKey(), column("parent_id", INTEGER).foreignKey("nodes.id"),
            column("data", string(30)));

    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(User.class, USERS,
                relationship("addresses", Address.class).backref("user").orderBy(ADDRESSES.c("id")),
                relationship("orders", Order.class).backref("user").orderBy(ORDERS.c("id")),
                relationship("openOrders", Order.class)
                        .primaryJoin(and(USERS.c("id").eq(ORDERS.c("user_id")), ORDERS.c("isopen").eq(1)))
                        .viewonly(true));
        REGISTRY.map(Address.class, ADDRESSES,
                relationship("dingaling", Dingaling.class).uselist(false).backref("address"));
        REGISTRY.map(Dingaling.class, DINGALINGS);
        REGISTRY.map(Order.class, ORDERS,
                relationship("items", Item.class).secondary(ORDER_ITEMS).backref("orders").orderBy(ITEMS.c("id")),
                relationship("shippingAddress", Address.class)
                        .primaryJoin(ORDERS.c("address_id").eq(ADDRESSES.c("id")))
                        .foreignKeys(ORDERS.c("address_id")).viewonly(true));
        REGISTRY.map(Item.class, ITEMS, relationship("keywords", Keyword.class).secondary(ITEM_KEYWORDS));
        REGISTRY.map(Keyword.class, KEYWORDS);
        REGISTRY.map(Node.class, NODES,
                relationship("children", Node.class).backref(backref("parent").remoteSide(NODES.c("id"))));
        REGISTRY.configure();
    }

    @Mapped
    static class User {
        Integer id;
        String name;
        List<Address> addresses = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        List<Order> openOrders = new ArrayList<>();
    }

    @Mapped
    static class Address {
        Integer id;
        Integer userId;
        String emailAddress;
        User user;
        Dingaling dingaling;
    }

    @Mapped
    static class Dingaling {
        Integer id;
        Integer addressId;
        String data;
        Address address;
    }

    @Mapped
    static class Order {
        Integer id;
        Integer userId;
        Integer addressId;
        String description;
        Integer isopen;
        User user;
        List<Item> items = new ArrayList<>();
        Address shippingAddress;
    }

    @Mapped
    static class Item {
        Integer id;
        String description;
        List<Keyword> keywords = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
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
        List<Node> children = new ArrayList<>();
        Node parent;
    }

    private Fixtures() {
    }

    /** FixtureTest's rows (users 7-10, addresses 1-5, dingalings 1-2, orders 1-5, items 1-5, keywords 1-7). */
    static void insertData(Engine engine) {
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(USERS), List.of(row("id", 7, "name", "jack"), row("id", 8, "name", "ed"),
                    row("id", 9, "name", "fred"), row("id", 10, "name", "chuck")));
            connection.executeMany(insert(ADDRESSES), List.of(
                    row("id", 1, "user_id", 7, "email_address", "jack@bean.com"),
                    row("id", 2, "user_id", 8, "email_address", "ed@wood.com"),
                    row("id", 3, "user_id", 8, "email_address", "ed@bettyboop.com"),
                    row("id", 4, "user_id", 8, "email_address", "ed@lala.com"),
                    row("id", 5, "user_id", 9, "email_address", "fred@fred.com")));
            connection.executeMany(insert(DINGALINGS), List.of(
                    row("id", 1, "address_id", 2, "data", "ding 1/2"),
                    row("id", 2, "address_id", 5, "data", "ding 2/5")));
            connection.executeMany(insert(ORDERS), List.of(
                    row("id", 1, "user_id", 7, "address_id", 1, "description", "order 1", "isopen", 0),
                    row("id", 2, "user_id", 9, "address_id", 4, "description", "order 2", "isopen", 0),
                    row("id", 3, "user_id", 7, "address_id", 1, "description", "order 3", "isopen", 1),
                    row("id", 4, "user_id", 9, "address_id", 4, "description", "order 4", "isopen", 1),
                    row("id", 5, "user_id", 7, "address_id", 1, "description", "order 5", "isopen", 0)));
            List<Map<String, Object>> items = new ArrayList<>();
            for (int id = 1; id <= 5; id++) {
                items.add(row("id", id, "description", "item " + id));
            }
            connection.executeMany(insert(ITEMS), items);
            int[][] orderItems = {{1, 1}, {2, 1}, {3, 1}, {1, 2}, {2, 2}, {3, 2}, {3, 3}, {4, 3}, {5, 3}, {1, 4}, {5, 4}, {5, 5}};
            List<Map<String, Object>> links = new ArrayList<>();
            for (int[] link : orderItems) {
                links.add(row("item_id", link[0], "order_id", link[1]));
            }
            connection.executeMany(insert(ORDER_ITEMS), links);
            String[] keywords = {"blue", "red", "green", "big", "small", "round", "square"};
            List<Map<String, Object>> keywordRows = new ArrayList<>();
            for (int i = 0; i < keywords.length; i++) {
                keywordRows.add(row("id", i + 1, "name", keywords[i]));
            }
            connection.executeMany(insert(KEYWORDS), keywordRows);
            int[][] itemKeywords = {{1, 2}, {1, 4}, {1, 6}, {2, 2}, {2, 5}, {2, 7}, {3, 3}, {3, 4}, {3, 6}};
            List<Map<String, Object>> keywordLinks = new ArrayList<>();
            for (int[] link : itemKeywords) {
                keywordLinks.add(row("item_id", link[0], "keyword_id", link[1]));
            }
            connection.executeMany(insert(ITEM_KEYWORDS), keywordLinks);
            connection.commit();
        }
    }

    /** SelfReferentialTest's tree: n1 (id 1) with children n11, n12, n13 (ids 2-4); n12 with n121, n122, n123 (ids 5-7). */
    static void insertNodes(Engine engine) {
        try (Connection connection = engine.connect()) {
            connection.executeMany(insert(NODES), List.of(
                    row("id", 1, "parent_id", null, "data", "n1"),
                    row("id", 2, "parent_id", 1, "data", "n11"),
                    row("id", 3, "parent_id", 1, "data", "n12"),
                    row("id", 4, "parent_id", 1, "data", "n13"),
                    row("id", 5, "parent_id", 3, "data", "n121"),
                    row("id", 6, "parent_id", 3, "data", "n122"),
                    row("id", 7, "parent_id", 3, "data", "n123")));
            connection.commit();
        }
    }

    static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
