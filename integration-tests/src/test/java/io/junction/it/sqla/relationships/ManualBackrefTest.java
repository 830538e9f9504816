package io.junction.it.sqla.relationships;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.MappingException;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_relationships.py, class ManualBackrefTest: two explicitly
 * declared relationships paired with backPopulates, and the configuration errors of a wrong pairing.
 */
class ManualBackrefTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users", column("id", INTEGER).primaryKey(), column("name", string(30)));
    static final Table ADDRESSES = METADATA.table("addresses", column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"), column("email_address", string(50)));
    static final Table DINGALINGS = METADATA.table("dingalings", column("id", INTEGER).primaryKey(),
            column("address_id", INTEGER).foreignKey("addresses.id"), column("data", string(30)));
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
        REGISTRY.map(User.class, USERS, relationship("addresses", Address.class).backPopulates("user"));
        REGISTRY.map(Address.class, ADDRESSES, relationship("user", User.class).backPopulates("addresses"));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_o2m (and the "str" variant of test_o2m_with_callable, the same test). */
    @ParameterizedTest
    @EnumSource(Database.class)
    void o2m(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u1 = new User();
            u1.name = "u1";
            Address a1 = new Address();
            a1.emailAddress = "foo";
            u1.addresses.add(a1);
            assertThat(a1.user).isSameAs(u1);

            session.add(u1);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT users", "INSERT addresses");
            session.expireAll();
            assertThat(session.query(Address.class).one()).isSameAs(a1);
            assertThat(a1.user).isSameAs(u1);
            assertThat(u1.addresses).contains(a1);
        }
    }

    @Mapped
    static class BadUser {
        Integer id;
        String name;
        List<BadAddress> addresses = new ArrayList<>();
    }

    @Mapped
    static class BadAddress {
        Integer id;
        Integer userId;
        String emailAddress;
        BadUser user;
        BadUser users;
        List<Dingaling> dingaling = new ArrayList<>();
    }

    @Mapped
    static class Dingaling {
        Integer id;
        Integer addressId;
        String data;
    }

    /** test_invalid_key: back-populates a name the target does not have. */
    @Test
    void invalidKey() {
        Registry registry = new Registry(METADATA);
        try {
            registry.map(BadUser.class, USERS, relationship("addresses", BadAddress.class).backPopulates("userr"));
            registry.map(BadAddress.class, ADDRESSES, relationship("user", BadUser.class).backPopulates("addresses"));
            assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                    .hasMessageContaining("BadUser.addresses").hasMessageContaining("userr");
        } finally {
            registry.dispose();
        }
    }

    /** test_invalid_target: back-populates a relationship that targets another class. */
    @Test
    void invalidTarget() {
        Registry registry = new Registry(METADATA);
        try {
            registry.map(BadUser.class, USERS, relationship("addresses", BadAddress.class).backPopulates("dingaling"));
            registry.map(Dingaling.class, DINGALINGS);
            registry.map(BadAddress.class, ADDRESSES, relationship("dingaling", Dingaling.class));
            assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                    .hasMessageContaining("BadUser.addresses").hasMessageContaining("BadAddress.dingaling")
                    .hasMessageContaining("BadUser");
        } finally {
            registry.dispose();
        }
    }

    /** test_back_propagates_not_relationship: back-populates a column, not a relationship. */
    @Test
    void backPopulatesNotRelationship() {
        Registry registry = new Registry(METADATA);
        try {
            registry.map(BadUser.class, USERS, relationship("addresses", BadAddress.class).backPopulates("userId"));
            registry.map(BadAddress.class, ADDRESSES, relationship("users", BadUser.class).backPopulates("addresses"));
            assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                    .hasMessageContaining("BadUser.addresses").hasMessageContaining("userId");
        } finally {
            registry.dispose();
        }
    }
}
