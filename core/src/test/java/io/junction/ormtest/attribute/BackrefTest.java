package io.junction.ormtest.attribute;

import io.junction.orm.inspect.Junction;
import io.junction.orm.session.Session;
import io.junction.ormtest.attribute.Model.Child;
import io.junction.ormtest.attribute.Model.Parent;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.junction.ormtest.attribute.Model.CHILD;
import static io.junction.ormtest.attribute.Model.PARENT;
import static io.junction.ormtest.support.OrmDatabase.row;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

/** A write to one side of a backref changes the other side in memory, without SQL, loaded or not. */
class BackrefTest {
    private static final String SELECT_CHILDREN = "SELECT child.id AS child_id, child.parent_id AS child_parent_id, "
            + "child.name AS child_name FROM child WHERE child.parent_id = ?";

    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void parentWithOneChild() {
        db = OrmDatabase.fresh(Model.METADATA);
        db.execute(insert(PARENT).values(Map.of("name", "p1")), insert(PARENT).values(Map.of("name", "p2")),
                insert(CHILD).values(Map.of("parent_id", 1, "name", "c1")));
        log = db.log();
        log.clear();
    }

    @Test
    void onTransientObjectsSettingTheParentAppendsToItsChildren() {
        Parent parent = new Parent("p");
        Child child = new Child("c");
        child.parent = parent;
        assertThat(parent.children).containsExactly(child);

        child.parent = null;
        assertThat(parent.children).isEmpty();
    }

    @Test
    void appendingAChildSetsItsParentAndRemovingItClearsIt() {
        Parent parent = new Parent("p");
        Child child = new Child("c");
        parent.children.add(child);
        assertThat(child.parent).isSameAs(parent);

        parent.children.remove(child);
        assertThat(child.parent).isNull();
    }

    @Test
    void movingAChildRemovesItFromItsOldParentsLoadedCollection() {
        try (Session session = db.session()) {
            Parent p1 = session.get(Parent.class, 1);
            Parent p2 = session.get(Parent.class, 2);
            Child c1 = p1.children.get(0);
            p2.children.size();
            log.clear();

            c1.parent = p2;
            assertThat(p1.children).isEmpty();
            assertThat(p2.children).containsExactly(c1);
            assertThat(log.count()).isZero();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE child SET parent_id=? WHERE child.id = ?");
            assertThat(log.rows(0)).containsExactly(row(2, 1));
            session.commit();
        }
        assertThat(db.rows(select(CHILD.c("id"), CHILD.c("parent_id")))).containsExactly("1/2");
    }

    @Test
    void settingTheParentAppendsToALoadedCollectionWithoutSqlAndWithoutCascadingTheChildIntoTheSession() {
        try (Session session = db.session()) {
            Parent p1 = session.get(Parent.class, 1);
            assertThat(p1.children).hasSize(1);
            log.clear();

            Child c2 = new Child("c2");
            c2.parent = p1;
            assertThat(p1.children).extracting(c -> c.name).containsExactly("c1", "c2");
            assertThat(log.count()).isZero();
            assertThat(session.newObjects()).isEmpty();
            session.add(c2);
            session.flush();
            assertThat(log.sql()).containsExactly("INSERT INTO child (parent_id, name) VALUES (?, ?)");
            assertThat(log.rows(0)).containsExactly(row(1, "c2"));
        }
    }

    @Test
    void settingTheParentLeavesAnUnloadedCollectionUnloadedAndAppliesOnLoad() {
        try (Session session = db.session().autoflush(false)) {
            Parent p1 = session.get(Parent.class, 1);
            log.clear();

            Child c2 = new Child("c2");
            c2.parent = p1;
            session.add(c2);
            assertThat(log.count()).isZero();
            assertThat(Junction.inspect(p1).unloadedAttributes()).contains("children");

            assertThat(p1.children).extracting(c -> c.name).containsExactly("c1", "c2");
            assertThat(log.sql()).containsExactly(SELECT_CHILDREN);
            assertThat(log.rows(0)).containsExactly(row(1));
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly("INSERT INTO child (parent_id, name) VALUES (?, ?)");
            assertThat(log.rows(0)).containsExactly(row(1, "c2"));
        }
    }

    @Test
    void clearingTheParentRemovesFromAnUnloadedCollectionOnLoad() {
        try (Session session = db.session().autoflush(false)) {
            Child c1 = session.get(Child.class, 1);
            Parent p1 = session.get(Parent.class, 1);
            log.clear();

            c1.parent = null;
            assertThat(log.count()).isZero();
            assertThat(p1.children).isEmpty();
            assertThat(log.kinds()).containsExactly("SELECT child");
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE child SET parent_id=? WHERE child.id = ?");
            assertThat(log.rows(0)).containsExactly(row(null, 1));
        }
    }

    @Test
    void aChildsParentIsLoadedFromTheIdentityMapWhenItsCollectionLoads() {
        try (Session session = db.session()) {
            Parent p1 = session.get(Parent.class, 1);
            Child c1 = p1.children.get(0);
            log.clear();
            assertThat(c1.parent).isSameAs(p1);
            assertThat(log.count()).isZero();
        }
    }
}
