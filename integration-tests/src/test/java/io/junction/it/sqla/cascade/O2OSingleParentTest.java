package io.junction.it.sqla.cascade;

import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_cascade.py, class O2OSingleParentTest: a one-to-one from the user with the
 * {@code user} backref. Junction has no {@code single_parent} option, so only the replacement half of
 * test_single_parent_raise is ported: the raise on giving the address a second parent is not.
 */
class O2OSingleParentTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)).nullable(false));
    static final Table ADDRESSES = METADATA.table("addresses",
            column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"),
            column("email_address", string(50)).nullable(false));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class User {
        Integer id;
        String name;
        Address address;

        User(String name, Address address) {
            this.name = name;
            this.address = address;
        }

        User() {
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
        REGISTRY.map(User.class, USERS, relationship("address", Address.class).uselist(false).backref("user"));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_single_parent_raise, without the single_parent raise: replacing the address unsets the old one's backref. */
    @Test
    void replacingTheAddressUnsetsTheOldOnesUser() {
        Address a1 = new Address("some address");
        User u1 = new User("u1", a1);
        assertThat(a1.user).isSameAs(u1);
        Address a2 = new Address("asd");
        u1.address = a2;
        assertThat(u1.address).isNotSameAs(a1).isSameAs(a2);
        assertThat(a2.user).isSameAs(u1);
        assertThat(a1.user).isNull();
    }
}
