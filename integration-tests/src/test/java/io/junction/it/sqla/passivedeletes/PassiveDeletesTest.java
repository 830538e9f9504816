package io.junction.it.sqla.passivedeletes;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.ReferentialAction;
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
 * Ported from SQLAlchemy test/orm/test_unitofwork.py, class PassiveDeletesTest: with
 * {@code passiveDeletes(true)} a deleted parent's unloaded children are neither loaded nor deleted
 * by the flush; the foreign key's {@code ON DELETE CASCADE} removes their rows.
 */
class PassiveDeletesTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table MYTABLE = METADATA.table("mytable",
            column("id", INTEGER).primaryKey(),
            column("data", string(30)));
    static final Table MYOTHERTABLE = METADATA.table("myothertable",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("mytable.id", null, ReferentialAction.CASCADE),
            column("data", string(30)));

    @Mapped
    static class MyClass {
        Integer id;
        String data;
        List<MyOtherClass> children = new ArrayList<>();
    }

    @Mapped
    static class MyOtherClass {
        Integer id;
        Integer parentId;
        String data;
    }

    /** test_backwards_pd's classes: the relationship goes from the row holding the key to its parent. */
    @Mapped
    static class Owner {
        Integer id;
        String data;
    }

    @Mapped
    static class Owned {
        Integer id;
        Integer parentId;
        String data;
        Owner myclass;
    }

    static final Registry BASIC = new Registry(METADATA);
    static final Registry BACKWARDS = new Registry(METADATA);

    static {
        BASIC.map(MyOtherClass.class, MYOTHERTABLE);
        BASIC.map(MyClass.class, MYTABLE,
                relationship("children", MyOtherClass.class).passiveDeletes(true).cascade("all"));
        BASIC.configure();
        BACKWARDS.map(Owned.class, MYOTHERTABLE,
                relationship("myclass", Owner.class).cascade("all, delete").passiveDeletes(true));
        BACKWARDS.map(Owner.class, MYTABLE);
        BACKWARDS.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static long count(Engine engine, Table table) {
        return rows(engine, select(table)).size();
    }

    /** test_basic */
    @ParameterizedTest
    @EnumSource(Database.class)
    void basic(Database database) {
        Engine engine = fresh(database);
        Integer id;
        try (Session session = new Session(engine)) {
            MyClass mc = new MyClass();
            for (int i = 0; i < 4; i++) {
                mc.children.add(new MyOtherClass());
            }
            session.add(mc);
            session.commit();
            id = mc.id;
        }
        assertThat(count(engine, MYOTHERTABLE)).isEqualTo(4);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            MyClass mc = session.get(MyClass.class, id);
            session.delete(mc);
            session.flush();
            assertThat(log.verbs()).containsExactly("SELECT mytable", "DELETE mytable");
            assertThat(log.statements().get(1).parameters()).containsExactly(id);
            session.commit();
        }
        assertThat(count(engine, MYTABLE)).isZero();
        assertThat(count(engine, MYOTHERTABLE)).isZero();
    }

    /**
     * test_basic with the collection loaded first: the children in memory are deleted by the
     * cascade as without passive deletes (SQLAlchemy's rule: passive deletes only spare what is not loaded).
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void loadedChildrenStillDeleted(Database database) {
        Engine engine = fresh(database);
        Integer id;
        try (Session session = new Session(engine)) {
            MyClass mc = new MyClass();
            mc.children.add(new MyOtherClass());
            mc.children.add(new MyOtherClass());
            session.add(mc);
            session.commit();
            id = mc.id;
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            MyClass mc = session.get(MyClass.class, id);
            assertThat(mc.children).hasSize(2);
            log.clear();
            session.delete(mc);
            session.commit();
            assertThat(log.verbs()).containsExactly("DELETE myothertable", "DELETE mytable");
        }
        assertThat(count(engine, MYTABLE)).isZero();
        assertThat(count(engine, MYOTHERTABLE)).isZero();
    }

    /** test_backwards_pd: passive deletes on a many-to-one with delete cascade do not load the parent to delete it. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void backwardsPd(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Owner mc = new Owner();
            Owned mco = new Owned();
            mco.myclass = mc;
            session.add(mco);
            session.commit();
            assertThat(count(engine, MYTABLE)).isEqualTo(1);
            assertThat(count(engine, MYOTHERTABLE)).isEqualTo(1);

            session.expire(mco, "myclass");
            session.delete(mco);
            session.commit();
        }
        // mytable wasn't deleted, is the point.
        assertThat(count(engine, MYTABLE)).isEqualTo(1);
        assertThat(count(engine, MYOTHERTABLE)).isZero();
    }
}
