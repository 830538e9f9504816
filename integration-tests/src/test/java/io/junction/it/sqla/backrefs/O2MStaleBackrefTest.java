package io.junction.it.sqla.backrefs;

import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_backref_mutations.py, class O2MStaleBackrefTest: appending an
 * address to a second user's collection takes it out of the first user's.
 */
class O2MStaleBackrefTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users", column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table ADDRESSES = METADATA.table("addresses", column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"), column("email_address", string(50)));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class User {
        Integer id;
        String name;
        List<Address> addresses = new ArrayList<>();
    }

    @Mapped
    static class Address {
        Integer id;
        Integer userId;
        String emailAddress;
        User user;
    }

    static {
        REGISTRY.map(Address.class, ADDRESSES);
        REGISTRY.map(User.class, USERS, relationship("addresses", Address.class).backref("user"));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_backref_pop_m2o. */
    @Test
    void backrefPopM2o() {
        User u1 = new User();
        User u2 = new User();
        Address a1 = new Address();
        u1.addresses.add(a1);
        u2.addresses.add(a1);

        assertThat(u1.addresses).doesNotContain(a1);
        assertThat(a1.user).isSameAs(u2);
        assertThat(u2.addresses).contains(a1);
    }
}
