package io.junction.ormtest.unitofwork;

import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/**
 * Users with delete-orphan addresses, items with keywords through an association table, an
 * adjacency list of nodes, and persons whose favourite ball closes a cycle written by a post-update.
 */
final class Model {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)),
            column("fullname", string(50)));
    static final Table ADDRESSES = METADATA.table("addresses",
            column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"),
            column("email", string(50)));
    static final Table ITEMS = METADATA.table("items",
            column("id", INTEGER).primaryKey(),
            column("description", string(30)));
    static final Table KEYWORDS = METADATA.table("keywords",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table ITEM_KEYWORDS = METADATA.table("item_keywords",
            column("item_id", INTEGER).foreignKey("items.id"),
            column("keyword_id", INTEGER).foreignKey("keywords.id"));
    static final Table NODES = METADATA.table("nodes",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("nodes.id"),
            column("data", string(30)));
    static final Table BALL = METADATA.table("ball",
            column("id", INTEGER).primaryKey(),
            column("person_id", INTEGER).foreignKey("person.id"),
            column("data", string(30)));
    static final Table PERSON = METADATA.table("person",
            column("id", INTEGER).primaryKey(),
            column("favorite_ball_id", INTEGER).foreignKey("ball.id"),
            column("data", string(30)));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(User.class, USERS,
                relationship("addresses", Address.class).cascade("all, delete-orphan").backref("user"));
        REGISTRY.map(Address.class, ADDRESSES);
        REGISTRY.map(Item.class, ITEMS,
                relationship("keywords", Keyword.class).secondary(ITEM_KEYWORDS).backref("items"));
        REGISTRY.map(Keyword.class, KEYWORDS);
        REGISTRY.map(Node.class, NODES,
                relationship("children", Node.class).backref(backref("parent").remoteSide(NODES.c("id"))));
        REGISTRY.map(Ball.class, BALL);
        REGISTRY.map(Person.class, PERSON,
                relationship("balls", Ball.class).primaryJoin(BALL.c("person_id").eq(PERSON.c("id")))
                        .remoteSide(BALL.c("person_id")).cascade("all, delete-orphan"),
                relationship("favorite", Ball.class).primaryJoin(PERSON.c("favorite_ball_id").eq(BALL.c("id")))
                        .postUpdate(true));
        REGISTRY.configure();
    }

    private Model() {
    }

    @Mapped
    static class User {
        Integer id;
        String name;
        String fullname;
        List<Address> addresses = new ArrayList<>();

        User() {
        }

        User(String name, Address... addresses) {
            this.name = name;
            this.addresses.addAll(List.of(addresses));
        }
    }

    @Mapped
    static class Address {
        Integer id;
        Integer userId;
        String email;
        User user;

        Address() {
        }

        Address(String email) {
            this.email = email;
        }
    }

    @Mapped
    static class Item {
        Integer id;
        String description;
        List<Keyword> keywords = new ArrayList<>();

        Item() {
        }

        Item(String description) {
            this.description = description;
        }
    }

    @Mapped
    static class Keyword {
        Integer id;
        String name;
        List<Item> items = new ArrayList<>();

        Keyword() {
        }

        Keyword(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Node {
        Integer id;
        Integer parentId;
        String data;
        Node parent;
        List<Node> children = new ArrayList<>();

        Node() {
        }

        Node(String data, Node... children) {
            this.data = data;
            this.children.addAll(List.of(children));
        }
    }

    @Mapped
    static class Person {
        Integer id;
        Integer favoriteBallId;
        String data;
        List<Ball> balls = new ArrayList<>();
        Ball favorite;

        Person() {
        }

        Person(String data) {
            this.data = data;
        }
    }

    @Mapped
    static class Ball {
        Integer id;
        Integer personId;
        String data;

        Ball() {
        }

        Ball(String data) {
            this.data = data;
        }
    }
}
