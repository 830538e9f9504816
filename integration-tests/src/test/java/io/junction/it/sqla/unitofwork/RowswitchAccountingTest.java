package io.junction.it.sqla.unitofwork;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.inspect.Junction;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.count;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_unitofworkv2.py, class RowswitchAccountingTest: a one-to-one
 * child (cascade all, delete-orphan) whose primary key is its parent's, replaced by a new child for
 * the same row; and a parent deleted after its key attribute was changed.
 */
class RowswitchAccountingTest extends DatabaseSuite {
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

        Parent(int id, Child child) {
            this.id = id;
            this.child = child;
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

    /** The child the session will delete as the orphan of {@code parent}: the one its {@code child} replaced. */
    private static Object replacedChild(Parent parent) {
        List<Object> deleted = Junction.inspect(parent).history("child").deleted();
        assertThat(deleted).hasSize(1);
        return deleted.get(0);
    }

    /** test_switch_on_update: merging a parent with a new child for the same row writes nothing. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aMergedNewChildForTheSameRowReplacesTheOldOneWithoutSql(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            session.add(new Parent(1, new Child()));
            session.commit();
        }
        // SQLAlchemy closes the session and goes on using it, empty; a new Session is the same here.
        try (Session session = new Session(engine)) {
            Parent p3 = session.merge(new Parent(1, new Child()));
            Object old = replacedChild(p3);
            assertThat(session.contains(old)).isTrue();

            log.clear();
            session.flush();
            // the new child's row is identical to the old one's: the row switch has nothing to write
            assertThat(log.sql()).isEmpty();
            assertThat(session.contains(p3.child)).isTrue();
            assertThat(p3.child).isNotSameAs(old);

            Parent p5 = session.merge(new Parent(1, new Child()));
            Object older = replacedChild(p5);
            assertThat(session.contains(older)).isTrue();
            session.flush();
            assertThat(session.contains(p5.child)).isTrue();
            session.commit();
        }
        assertThat(strings(rows(engine, select(PARENT.c("id"), PARENT.c("data"))))).containsExactly("1/null");
        assertThat(strings(rows(engine, select(CHILD.c("id"), CHILD.c("data"))))).containsExactly("1/null");
    }

    /** test_switch_on_delete: a parent whose key attribute changed is deleted by the key it was loaded with. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingAParentAfterChangingItsKeyDeletesItsRow(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Parent p1 = new Parent(1, null);
            p1.data = 2;
            session.add(p1);
            session.flush();

            p1.id = 5;
            session.delete(p1);
            assertThat(p1.id).isEqualTo(5);
            session.flush();

            assertThat(rows(session, select(count()).from(PARENT)).get(0).get(0)).isEqualTo(0L);
            session.commit();
        }
        assertThat(rows(engine, select(PARENT.c("id")))).isEmpty();
    }
}
