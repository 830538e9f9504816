package io.junction.it.sqla.unitofwork;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.orm.unitofwork.StaleDataException;
import io.junction.sql.expression.Sql;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_unitofworkv2.py, class BasicStaleChecksTest: UPDATEs and
 * DELETEs whose rows were deleted behind the session.
 */
class BasicStaleChecksTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table PARENT = METADATA.table("parent",
            column("id", INTEGER).primaryKey(),
            column("data", INTEGER));
    static final Table CHILD = METADATA.table("child",
            column("id", INTEGER).primaryKey().foreignKey("parent.id"),
            column("data", INTEGER));
    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(Parent.class, PARENT, relationship("child", Child.class)
                .uselist(false).cascade("all, delete-orphan").backref("parent"));
        REGISTRY.map(Child.class, CHILD);
        REGISTRY.configure();
    }

    @Mapped
    static class Parent {
        Integer id;
        Integer data;
        Child child;

        Parent() {
        }

        Parent(int id, int data) {
            this.id = id;
            this.data = data;
            this.child = null;
        }
    }

    @Mapped
    static class Child {
        Integer id;
        Integer data;
        Parent parent;
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    /** test_update_single_missing */
    @ParameterizedTest
    @EnumSource(Database.class)
    void anUpdateOfARowDeletedBehindTheSessionRaises(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Parent p1 = new Parent(1, 2);
            session.add(p1);
            session.flush();

            session.connection().execute(Sql.delete(PARENT));
            p1.data = 3;
            assertThatThrownBy(session::flush).isInstanceOf(StaleDataException.class)
                    .hasMessageContaining("UPDATE")
                    .hasMessageContaining("table 'parent'")
                    .hasMessageContaining("expected to match 1 row(s)")
                    .hasMessageContaining("0 were matched");
        }
    }

    /** test_delete_twice */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingAnObjectAgainAfterItsDeleteWasFlushedWritesNothingMore(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p1 = new Parent(1, 2);
            session.add(p1);
            session.commit();

            session.delete(p1);
            session.flush();

            session.delete(p1);
            log.clear();
            session.commit();
            // Junction differs: SQLAlchemy emits the DELETE a second time and warns that it matched 0
            // rows; in Junction deleting an object whose DELETE was already flushed is a no-op.
            assertThat(log.verbs()).doesNotContain("DELETE parent");
        }
        assertThat(rows(engine, select(PARENT.c("id")))).isEmpty();
    }

    /** test_delete_multi_missing_warning */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingRowsDeletedBehindTheSessionIsReported(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p1 = new Parent(1, 2);
            Parent p2 = new Parent(2, 3);
            session.addAll(List.of(p1, p2));
            session.flush();

            session.connection().execute(Sql.delete(PARENT));
            session.delete(p1);
            session.delete(p2);
            log.clear();
            // Junction differs: SQLAlchemy only warns ("DELETE statement on table 'parent' expected to
            // delete 2 row(s); 0 were matched.") and the flush succeeds; Junction's StaleDataException
            // covers DELETEs as well as UPDATEs, so the flush fails.
            assertThatThrownBy(session::flush).isInstanceOf(StaleDataException.class)
                    .hasMessageContaining("DELETE")
                    .hasMessageContaining("table 'parent'")
                    .hasMessageContaining("expected to match 2 row(s)")
                    .hasMessageContaining("0 were matched");
            assertThat(log.sql()).contains("DELETE FROM parent WHERE parent.id = ?");
        }
    }
}
