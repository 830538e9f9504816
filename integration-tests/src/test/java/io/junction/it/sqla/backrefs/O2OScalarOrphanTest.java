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

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_backref_mutations.py, class O2OScalarOrphanTest: a one-to-one
 * {@code User.address} whose scalar backref {@code Address.user} cascades {@code "all, delete-orphan"}
 * with {@code singleParent(true)}, as SQLAlchemy's fixture: the user an address is taken from is an orphan and is deleted.
 */
class O2OScalarOrphanTest extends DatabaseSuite {
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
        User user;

        Address() {
        }

        Address(String emailAddress) {
            this.emailAddress = emailAddress;
        }
    }

    static {
        REGISTRY.map(Address.class, ADDRESSES);
        REGISTRY.map(User.class, USERS, relationship("address", Address.class).uselist(false)
                .backref(backref("user").cascade("all, delete-orphan").singleParent(true)));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_m2o_event: the expunged previous owner is loaded anew when the address moves, and deleted. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void m2oEvent(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Address a1 = new Address("address1");
            User u1 = new User("jack", a1);
            session.add(u1);
            session.commit();
            session.expunge(u1);

            User u2 = new User("ed");
            session.add(u2);
            log.clear();
            u2.address = a1;
            // the expired address's row is read for its foreign key, then its old user is loaded as a new object
            assertThat(log.verbs()).as("the address's old user is loaded, as a new object")
                    .containsExactly("SELECT addresses", "SELECT users");

            log.clear();
            session.commit();
            assertThat(log.verbs()).endsWith("INSERT users", "UPDATE addresses", "DELETE users");
            assertThat(session.query(User.class).count()).isEqualTo(1);
        }
        assertThat(strings(rows(engine, select(USERS.c("name")))))
                .containsExactly("ed");
        assertThat(strings(rows(engine, select(ADDRESSES.c("email_address"), USERS.c("name"))
                .where(ADDRESSES.c("user_id").eq(USERS.c("id")))))).containsExactly("address1/ed");
    }
}
