package io.junction.it.sqla.backrefs;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_backref_mutations.py, class O2OScalarMoveTest: a one-to-one
 * {@code User.address} ({@code uselist=False}) without a backref; an address moved to another user.
 * SQLAlchemy runs it in its legacy and new history styles; Junction differs: it has the legacy style
 * only (the replaced child of a one-to-one is loaded when it is set), whose statements are asserted.
 */
class O2OScalarMoveTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users", column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table ADDRESSES = METADATA.table("addresses", column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"), column("email_address", string(50)).nullable(false));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class User {
        Integer id;
        String name;
        Address address;

        User() {
        }

        User(String name) {
            this.name = name;
        }

        User(String name, Address address) {
            this.name = name;
            this.address = address;
        }
    }

    @Mapped
    static class Address {
        Integer id;
        Integer userId;
        String emailAddress;

        Address() {
        }

        Address(String emailAddress) {
            this.emailAddress = emailAddress;
        }
    }

    static {
        REGISTRY.map(Address.class, ADDRESSES);
        REGISTRY.map(User.class, USERS, relationship("address", Address.class).uselist(false));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_collection_move_commitfirst: the commit expires u1.address, which then loads as null. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void collectionMoveCommitFirst(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Address a1 = new Address("address1");
            User u1 = new User("jack", a1);
            User u2 = new User("ed");
            session.addAll(List.of(u1, u2));
            session.commit();

            log.clear();
            assertThat(u1.address).isSameAs(a1);
            // Junction differs: the lazy load takes u1's key from its identity, so the expired u1 is not
            // refreshed first (SQLAlchemy: SELECT users, SELECT addresses)
            assertThat(log.verbs()).containsExactly("SELECT addresses");

            log.clear();
            u2.address = a1;
            // legacy style: u2's replaced address is loaded now (without refreshing the expired u2 first)
            assertThat(log.verbs()).containsExactly("SELECT addresses");
            assertThat(u2.address).isSameAs(a1);

            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("UPDATE addresses");
            assertThat(strings(rows(engine, select(ADDRESSES.c("email_address"), ADDRESSES.c("user_id")))))
                    .containsExactly("address1/2");

            assertThat(u1.address).isNull();
            assertThat(u2.address).isSameAs(a1);
        }
    }
}
