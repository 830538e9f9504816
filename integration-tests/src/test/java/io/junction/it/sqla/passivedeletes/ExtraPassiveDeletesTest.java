package io.junction.it.sqla.passivedeletes;

import io.junction.engine.Engine;
import io.junction.engine.IntegrityException;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.relationship.PassiveDeletes;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_unitofwork.py, class ExtraPassiveDeletesTest: with
 * {@code passiveDeletes(PassiveDeletes.ALL)} the flush never sets a child's foreign key to NULL, so
 * a foreign key without an ON DELETE action (the same as RESTRICT) refuses the parent's DELETE.
 */
class ExtraPassiveDeletesTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table MYTABLE = METADATA.table("mytable",
            column("id", INTEGER).primaryKey(),
            column("data", string(30)));
    static final Table MYOTHERTABLE = METADATA.table("myothertable",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("mytable.id"),
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

    static final Registry REGISTRY = new Registry(METADATA);

    static {
        REGISTRY.map(MyOtherClass.class, MYOTHERTABLE);
        REGISTRY.map(MyClass.class, MYTABLE,
                relationship("children", MyOtherClass.class).passiveDeletes(PassiveDeletes.ALL).cascade("save-update"));
        REGISTRY.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static Integer saved(Engine engine, int children) {
        try (Session session = new Session(engine).expireOnCommit(false)) {
            MyClass mc = new MyClass();
            for (int i = 0; i < children; i++) {
                mc.children.add(new MyOtherClass());
            }
            session.add(mc);
            session.commit();
            return mc.id;
        }
    }

    /** test_extra_passive */
    @ParameterizedTest
    @EnumSource(Database.class)
    void extraPassive(Database database) {
        Engine engine = fresh(database);
        Integer id = saved(engine, 4);
        assertThat(rows(engine, select(MYOTHERTABLE))).hasSize(4);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine).expireOnCommit(false)) {
            MyClass mc = session.get(MyClass.class, id);
            session.delete(mc);
            assertThatThrownBy(session::flush).isInstanceOf(IntegrityException.class);
            assertThat(log.verbs()).containsExactly("SELECT mytable", "DELETE mytable");
            session.rollback();
        }
        assertThat(rows(engine, select(MYTABLE))).hasSize(1);
        assertThat(strings(rows(engine, select(MYOTHERTABLE.c("parent_id"))))).containsOnly(String.valueOf(id));
    }

    /** test_extra_passive_2: a loaded, changed child is updated, but its key is left alone, so the DELETE fails. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void extraPassive2(Database database) {
        Engine engine = fresh(database);
        Integer id = saved(engine, 1);
        assertThat(rows(engine, select(MYOTHERTABLE))).hasSize(1);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine).autoflush(false)) {
            MyClass mc = session.get(MyClass.class, id);
            session.delete(mc);
            mc.children.get(0).data = "some new data";
            log.clear();
            assertThatThrownBy(session::flush).isInstanceOf(IntegrityException.class);
            assertThat(log.verbs()).containsExactly("UPDATE myothertable", "DELETE mytable");
            assertThat(log.sql().get(0)).isEqualTo("UPDATE myothertable SET data=? WHERE myothertable.id = ?");
            session.rollback();
        }
        assertThat(strings(rows(engine, select(MYOTHERTABLE.c("parent_id"), MYOTHERTABLE.c("data")))))
                .containsExactly(id + "/null");
    }

    /** test_extra_passive_obj_removed_o2m: children removed from the collection keep their foreign keys. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void extraPassiveObjRemovedO2m(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        Integer id;
        try (Session session = new Session(engine)) {
            MyClass mc = new MyClass();
            MyOtherClass moc1 = new MyOtherClass();
            MyOtherClass moc2 = new MyOtherClass();
            mc.children.add(moc1);
            mc.children.add(moc2);
            session.addAll(List.of(mc, moc1, moc2));
            session.flush();

            mc.children.remove(moc1);
            mc.children.remove(moc2);
            moc1.data = "foo";
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE myothertable SET data=? WHERE myothertable.id = ?");
            assertThat(moc1.parentId).isEqualTo(mc.id);
            assertThat(moc2.parentId).isEqualTo(mc.id);
            id = mc.id;
            session.commit();
        }
        assertThat(strings(rows(engine, select(MYOTHERTABLE.c("parent_id"), MYOTHERTABLE.c("data"))
                .orderBy(MYOTHERTABLE.c("id"))))).containsExactly(id + "/foo", id + "/null");
    }

    /** test_dont_emit: deleting a parent whose collection is not loaded takes one statement, the DELETE. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void dontEmit(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            MyClass mc = new MyClass();
            session.add(mc);
            session.commit();
            Integer id = mc.id;
            session.delete(mc);
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly("DELETE FROM mytable WHERE mytable.id = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(id);
            session.commit();
        }
        assertThat(rows(engine, select(MYTABLE))).isEmpty();
    }
}
