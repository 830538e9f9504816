package io.junction.it.sqla.transaction;

import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/**
 * SQLAlchemy's _LocalFixture of test_transaction.py: users and addresses, User.addresses
 * "all, delete-orphan" with the backref Address.user, ordered by address id.
 */
final class UsersAddresses {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table ADDRESSES = METADATA.table("addresses",
            column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"),
            column("email_address", string(50)));
    static final Registry REGISTRY = new Registry(METADATA);
    /** The users table mapped alone, as SessionTransactionTest's fixtures map it. */
    static final Registry PLAIN = new Registry(METADATA);

    @Mapped
    static class PlainUser {
        Integer id;
        String name;

        PlainUser() {
        }

        PlainUser(Integer id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    @Mapped
    static class User {
        Integer id;
        String name;
        List<Address> addresses = new ArrayList<>();

        User() {
        }

        User(String name) {
            this.name = name;
        }

        User(Integer id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    @Mapped
    static class Address {
        Integer id;
        String emailAddress;
        User user;

        Address() {
        }

        Address(String emailAddress) {
            this.emailAddress = emailAddress;
        }
    }

    static {
        REGISTRY.map(Address.class, ADDRESSES);
        REGISTRY.map(User.class, USERS,
                relationship("addresses", Address.class).cascade("all, delete-orphan").backref("user")
                        .orderBy(ADDRESSES.c("id")));
        REGISTRY.configure();
        PLAIN.map(PlainUser.class, USERS);
        PLAIN.configure();
    }

    private UsersAddresses() {
    }
}
