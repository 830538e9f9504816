package io.junction.it.sqla.transaction;

import io.junction.engine.IntegrityException;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_transaction.py, class NaturalPKRollbackTest: rollback puts
 * natural keys back — deleted rows return under their key, objects renamed in a flush take their
 * first key back, and an object loaded for a key freed by a flushed DELETE leaves the session.
 */
class NaturalPKRollbackTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USERS = METADATA.table("users", column("name", string(50)).primaryKey());
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class User {
        String name;

        User() {
        }

        User(String name) {
            this.name = name;
        }
    }

    static {
        REGISTRY.map(User.class, USERS);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_rollback_recover */
    @ParameterizedTest
    @EnumSource(Database.class)
    void rollbackRecover(Database database) {
        try (Session session = new Session(fresh(database))) {
            User u1 = new User("u1");
            User u2 = new User("u2");
            User u3 = new User("u3");
            session.addAll(List.of(u1, u2, u3));
            session.commit();

            session.delete(u2);
            User u4 = new User("u2");
            session.add(u4);
            session.flush();

            User u5 = new User("u3");
            session.add(u5);
            assertThatThrownBy(session::flush).isInstanceOf(IntegrityException.class);

            assertThat(session.contains(u5)).isFalse();
            assertThat(session.deletedObjects()).doesNotContain(u2);

            session.rollback();
            assertThat(session.contains(u4)).isFalse();
            assertThat(session.get(User.class, "u2")).isSameAs(u2);
        }
    }

    /** test_key_replaced_by_update */
    @ParameterizedTest
    @EnumSource(Database.class)
    void keyReplacedByUpdate(Database database) {
        try (Session s = new Session(fresh(database))) {
            User u1 = new User("u1");
            User u2 = new User("u2");
            s.addAll(List.of(u1, u2));
            s.commit();

            s.delete(u1);
            s.flush();

            u2.name = "u1";
            s.flush();

            assertThat(s.contains(u1)).isFalse();
            s.rollback();

            assertThat(s.contains(u1)).isTrue();
            assertThat(s.contains(u2)).isTrue();
            assertThat(s.get(User.class, "u1")).isSameAs(u1);
            assertThat(s.get(User.class, "u2")).isSameAs(u2);
            assertThat(u2.name).isEqualTo("u2");
        }
    }

    /** test_multiple_key_replaced_by_update */
    @ParameterizedTest
    @EnumSource(Database.class)
    void multipleKeyReplacedByUpdate(Database database) {
        try (Session s = new Session(fresh(database))) {
            User u1 = new User("u1");
            User u2 = new User("u2");
            User u3 = new User("u3");
            s.addAll(List.of(u1, u2, u3));
            s.commit();

            s.delete(u1);
            s.delete(u2);
            s.flush();

            u3.name = "u1";
            s.flush();

            u3.name = "u2";
            s.flush();

            s.rollback();

            assertThat(s.contains(u1)).isTrue();
            assertThat(s.contains(u2)).isTrue();
            assertThat(s.contains(u3)).isTrue();
            assertThat(s.get(User.class, "u1")).isSameAs(u1);
            assertThat(s.get(User.class, "u2")).isSameAs(u2);
            assertThat(s.get(User.class, "u3")).isSameAs(u3);
        }
    }

    /** test_key_replaced_by_oob_insert */
    @ParameterizedTest
    @EnumSource(Database.class)
    void keyReplacedByOutOfBandInsert(Database database) {
        try (Session s = new Session(fresh(database))) {
            User u1 = new User("u1");
            s.add(u1);
            s.commit();

            s.delete(u1);
            s.flush();

            s.connection().execute(insert(USERS).values(Map.of(USERS.c("name"), "u1")));
            User u2 = s.get(User.class, "u1");

            assertThat(u2).isNotSameAs(u1);
            assertThat(s.contains(u1)).isFalse();
            s.rollback();

            assertThat(s.contains(u1)).isTrue();
            assertThat(s.contains(u2)).isFalse();
            assertThat(s.get(User.class, "u1")).isSameAs(u1);
        }
    }
}
