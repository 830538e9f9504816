package io.junction.it.sqla.naturalpks;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_naturalpks.py, class ReversePKsTest: two objects swap
 * the values of a composite primary key across flushes, and the identity map follows.
 */
class ReversePKsTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table USER = METADATA.table("user",
            column("code", INTEGER).primaryKey().autoincrement(false),
            column("status", INTEGER).primaryKey().autoincrement(false),
            column("username", string(50)).nullable(false));
    static final Registry REGISTRY = new Registry(METADATA);

    static final int PUBLISHED = 1;
    static final int EDITABLE = 2;
    static final int ARCHIVED = 3;

    @Mapped
    static class User {
        Integer code;
        Integer status;
        String username;

        User() {
        }

        User(int code, int status, String username) {
            this.code = code;
            this.status = status;
            this.username = username;
        }
    }

    static {
        REGISTRY.map(User.class, USER);
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_reverse */
    @ParameterizedTest
    @EnumSource(Database.class)
    void reverse(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            User published = new User(1, PUBLISHED, "a");
            session.add(published);
            session.commit();

            User editable = new User(1, EDITABLE, "a");
            session.add(editable);
            session.commit();

            published.status = ARCHIVED;
            editable.status = PUBLISHED;
            session.commit();
            assertThat(session.get(User.class, 1, PUBLISHED)).isSameAs(editable);
            assertThat(session.get(User.class, 1, ARCHIVED)).isSameAs(published);
            assertThat(strings(rows(engine, select(USER.c("code"), USER.c("status")).orderBy(USER.c("status")))))
                    .containsExactly("1/1", "1/3");

            published.status = PUBLISHED;
            editable.status = EDITABLE;
            session.commit();
            assertThat(session.get(User.class, 1, PUBLISHED)).isSameAs(published);
            assertThat(session.get(User.class, 1, EDITABLE)).isSameAs(editable);
        }
        assertThat(strings(rows(engine, select(USER.c("code"), USER.c("status")).orderBy(USER.c("status")))))
                .containsExactly("1/1", "1/2");
    }
}
