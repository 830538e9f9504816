package io.junction.it.sqla.relationships;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.inspect.Junction;
import io.junction.orm.mapper.Mapper;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.RelationshipProperty;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_relationships.py, class BackrefPropagatesForwardsArgs; and,
 * one test each, the other arguments SQLAlchemy's {@code RelationshipProperty._generate_backref}
 * hands from the forward relationship to its backref: the (reversed) primaryjoin and the
 * foreign_keys (test_backref), viewonly, post_update and passive_updates.
 * ({@code sync_backref} is not ported: Junction has no such option.)
 */
class BackrefPropagatesForwardsArgsTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users", column("id", INTEGER).primaryKey(), column("name", string(50)));
    // no foreign key: the relationships name it with foreignKeys(...)
    static final Table ADDRESSES = METADATA.table("addresses", column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER), column("email", string(50)));

    /** test_backref: primaryJoin and foreignKeys on the forward side only. */
    static final Registry JOIN = new Registry(METADATA);
    static final Registry VIEWONLY = new Registry(METADATA);
    static final Registry POST_UPDATE = new Registry(METADATA);
    static final Registry PASSIVE_UPDATES = new Registry(METADATA);

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
    static class VUser {
        Integer id;
        String name;
        List<VAddress> addresses = new ArrayList<>();
    }

    @Mapped
    static class VAddress {
        Integer id;
        Integer userId;
        String email;
        VUser user;
    }

    @Mapped
    static class PUser {
        Integer id;
        String name;
        List<PAddress> addresses = new ArrayList<>();
    }

    @Mapped
    static class PAddress {
        Integer id;
        Integer userId;
        String email;
        PUser user;
    }

    @Mapped
    static class NUser {
        Integer id;
        String name;
        List<NAddress> addresses = new ArrayList<>();
    }

    @Mapped
    static class NAddress {
        Integer id;
        Integer userId;
        String email;
        NUser user;
    }

    static {
        JOIN.map(User.class, USERS, relationship("addresses", Address.class)
                .primaryJoin(ADDRESSES.c("user_id").eq(USERS.c("id"))).foreignKeys(ADDRESSES.c("user_id")).backref("user"));
        JOIN.map(Address.class, ADDRESSES);
        JOIN.configure();
        VIEWONLY.map(VUser.class, USERS, relationship("addresses", VAddress.class)
                .primaryJoin(ADDRESSES.c("user_id").eq(USERS.c("id"))).foreignKeys(ADDRESSES.c("user_id"))
                .viewonly(true).backref("user"));
        VIEWONLY.map(VAddress.class, ADDRESSES);
        VIEWONLY.configure();
        POST_UPDATE.map(PUser.class, USERS, relationship("addresses", PAddress.class)
                .primaryJoin(ADDRESSES.c("user_id").eq(USERS.c("id"))).foreignKeys(ADDRESSES.c("user_id"))
                .postUpdate(true).backref("user"));
        POST_UPDATE.map(PAddress.class, ADDRESSES);
        POST_UPDATE.configure();
        PASSIVE_UPDATES.map(NUser.class, USERS, relationship("addresses", NAddress.class)
                .primaryJoin(ADDRESSES.c("user_id").eq(USERS.c("id"))).foreignKeys(ADDRESSES.c("user_id"))
                .passiveUpdates(false).backref("user"));
        PASSIVE_UPDATES.map(NAddress.class, ADDRESSES);
        PASSIVE_UPDATES.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static RelationshipProperty backrefOf(Class<?> type) {
        return (RelationshipProperty) Mapper.forClass(type).property("user");
    }

    /** test_backref: the backref joins through the forward side's primaryJoin and foreignKeys. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void backref(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            User u1 = new User("u1");
            u1.addresses.add(new Address("a1"));
            session.add(u1);
            session.commit();

            List<Address> all = session.query(Address.class).all();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).email).isEqualTo("a1");
            assertThat(all.get(0).user).isSameAs(u1);
            assertThat(all.get(0).user.name).isEqualTo("u1");
        }
        assertThat(Junction.inspect(Address.class).relationship("user").direction().name()).isEqualTo("MANY_TO_ONE");
    }

    /** viewonly: a backref of a viewonly relationship is viewonly, so setting it writes no foreign key. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void viewonlyPropagatesToTheBackref(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            VUser u = new VUser();
            u.name = "u1";
            VAddress a = new VAddress();
            a.email = "a1";
            a.user = u;
            session.addAll(List.of(u, a));
            session.commit();
        }
        assertThat(strings(rows(engine, select(ADDRESSES.c("email"), ADDRESSES.c("user_id"))))).containsExactly("a1/null");
        assertThat(Junction.inspect(VAddress.class).relationship("user").viewonly()).isTrue();
    }

    /**
     * post_update: the backref of a post-update relationship post-updates too: the address is
     * inserted without its user_id, which a second UPDATE writes.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void postUpdatePropagatesToTheBackref(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        Integer userId;
        try (Session session = new Session(engine)) {
            PUser u = new PUser();
            u.name = "u1";
            PAddress a = new PAddress();
            a.email = "a1";
            a.user = u;
            session.add(a);
            log.clear();
            session.commit();
            // With post_update on both sides neither INSERT depends on the other (SQLAlchemy's
            // dependency.py: per_property_dependencies of a post_update processor orders no
            // parent_saves against child_saves). SQLAlchemy itself emits INSERT addresses, INSERT
            // users, UPDATE addresses for this mapping (run from its source on SQLite), as Junction does.
            assertThat(log.verbs()).containsExactly("INSERT addresses", "INSERT users", "UPDATE addresses");
            userId = u.id;
            assertThat(log.statements().get(0).parameters()).as("user_id is not in the INSERT").doesNotContain(userId);
            assertThat(log.sql().get(2)).isEqualTo("UPDATE addresses SET user_id=? WHERE addresses.id = ?");
        }
        assertThat(strings(rows(engine, select(ADDRESSES.c("email"), ADDRESSES.c("user_id")))))
                .containsExactly("a1/" + userId);
        assertThat(backrefOf(PAddress.class).config().postUpdate()).isTrue();
    }

    /**
     * passive_updates: the backref of a relationship with passiveUpdates(false) has it too; the
     * primary key change reaches the address (there is no database foreign key to cascade it).
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void passiveUpdatesPropagatesToTheBackref(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            NUser u = new NUser();
            u.name = "u1";
            NAddress a = new NAddress();
            a.email = "a1";
            a.user = u;
            session.add(a);
            session.commit();
        }
        try (Session session = new Session(engine)) {
            NAddress a = session.query(NAddress.class).one();
            NUser u = a.user;
            u.id = 10;
            session.commit();
            assertThat(a.userId).isEqualTo(10);
        }
        assertThat(strings(rows(engine, select(ADDRESSES.c("email"), ADDRESSES.c("user_id"))))).containsExactly("a1/10");
        assertThat(backrefOf(NAddress.class).config().passiveUpdates()).isFalse();
    }
}
