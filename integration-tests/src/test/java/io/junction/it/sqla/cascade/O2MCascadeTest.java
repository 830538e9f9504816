package io.junction.it.sqla.cascade;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.orm.unitofwork.FlushException;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ported from SQLAlchemy test/orm/test_cascade.py, class O2MCascadeTest: a null member of a one-to-many cannot be flushed. */
class O2MCascadeTest extends DatabaseSuite {
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

    /** test_none_o2m_collection_assignment */
    @ParameterizedTest
    @EnumSource(Database.class)
    void noneO2mCollectionAssignment(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            User u1 = new User("u");
            u1.addresses = new ArrayList<>(Arrays.asList((Address) null));
            session.add(u1);
            assertThat(u1.addresses).containsExactly((Address) null);
            assertThatThrownBy(session::commit).isInstanceOf(FlushException.class)
                    .hasMessageContaining("None value found in collection User.addresses");
            assertThat(u1.addresses).containsExactly((Address) null);
        }
    }

    /** test_none_o2m_collection_append */
    @ParameterizedTest
    @EnumSource(Database.class)
    void noneO2mCollectionAppend(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            User u1 = new User("u");
            session.add(u1);
            u1.addresses.add(null);
            assertThat(u1.addresses).containsExactly((Address) null);
            assertThatThrownBy(session::commit).isInstanceOf(FlushException.class)
                    .hasMessageContaining("None value found in collection User.addresses");
            assertThat(u1.addresses).containsExactly((Address) null);
        }
    }
}
