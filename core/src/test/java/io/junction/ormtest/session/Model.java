package io.junction.ormtest.session;

import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.sql.expression.Statement;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/** Users and their addresses, with a backref, for tests of what the session holds and when it reads. */
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
    static final Registry REGISTRY = new Registry(METADATA);

    static final String SELECT_USER = "SELECT users.id AS users_id, users.name AS users_name, "
            + "users.fullname AS users_fullname FROM users WHERE users.id = ?";

    static {
        REGISTRY.map(User.class, USERS, relationship("addresses", Address.class).backref("user"));
        REGISTRY.map(Address.class, ADDRESSES);
        REGISTRY.configure();
    }

    private Model() {
    }

    /** Rows for ed (id 1, addresses 1 and 2) and wendy (id 2, address 3), as committed by another program. */
    static Statement[] edAndWendy() {
        return new Statement[] {
            insert(USERS).values(Map.of("name", "ed", "fullname", "Ed Jones")),
            insert(USERS).values(Map.of("name", "wendy", "fullname", "Wendy Williams")),
            insert(ADDRESSES).values(Map.of("user_id", 1, "email", "ed@a")),
            insert(ADDRESSES).values(Map.of("user_id", 1, "email", "ed@b")),
            insert(ADDRESSES).values(Map.of("user_id", 2, "email", "wendy@a"))};
    }

    @Mapped
    static class User {
        Integer id;
        String name;
        String fullname;
        List<Address> addresses = new ArrayList<>();

        User() {
        }

        User(String name) {
            this.name = name;
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
}
