package io.junction.ormtest.unitofwork;

import io.junction.orm.session.Session;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import io.junction.ormtest.unitofwork.Model.Ball;
import io.junction.ormtest.unitofwork.Model.Node;
import io.junction.ormtest.unitofwork.Model.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.junction.ormtest.support.OrmDatabase.row;
import static io.junction.ormtest.unitofwork.Model.BALL;
import static io.junction.ormtest.unitofwork.Model.NODES;
import static io.junction.ormtest.unitofwork.Model.PERSON;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

/** Rows that depend on rows of their own table, and two rows that depend on each other through a post-update. */
class CycleFlushTest {
    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void freshDatabase() {
        db = OrmDatabase.fresh(Model.METADATA);
        log = db.log();
    }

    @Test
    void anAdjacencyListIsInsertedLevelByLevel() {
        try (Session session = db.session()) {
            Node root = new Node("root", new Node("child1"), new Node("child2", new Node("subchild1")));
            session.add(root);
            session.flush();

            assertThat(log.kinds()).containsExactly("INSERT nodes", "INSERT nodes", "INSERT nodes");
            assertThat(log.sql()).allMatch(sql -> sql.equals("INSERT INTO nodes (data) VALUES (?)")
                    || sql.equals("INSERT INTO nodes (parent_id, data) VALUES (?, ?)"));
            assertThat(log.rows(0)).containsExactly(row("root"));
            assertThat(log.rows(1)).containsExactly(row(1, "child1"), row(1, "child2"));
            assertThat(log.rows(2)).containsExactly(row(3, "subchild1"));
            assertThat(root.children.get(1).children.get(0).parent).isSameAs(root.children.get(1));
            session.commit();
        }
        assertThat(db.rows(select(NODES.c("id"), NODES.c("parent_id"), NODES.c("data")).orderBy(NODES.c("id"))))
                .containsExactly("1/null/root", "2/1/child1", "3/1/child2", "4/3/subchild1");
    }

    @Test
    void anAdjacencyListIsDeletedLeavesFirst() {
        try (Session session = db.session()) {
            Node root = new Node("root", new Node("child", new Node("grandchild")));
            session.add(root);
            session.flush();
            Node child = root.children.get(0);
            Node grandchild = child.children.get(0);
            log.clear();
            session.delete(grandchild);
            session.delete(child);
            session.delete(root);
            session.flush();

            assertThat(log.sql()).containsExactly("DELETE FROM nodes WHERE nodes.id = ?",
                    "DELETE FROM nodes WHERE nodes.id = ?", "DELETE FROM nodes WHERE nodes.id = ?");
            assertThat(log.rows(0)).containsExactly(row(3));
            assertThat(log.rows(1)).containsExactly(row(2));
            assertThat(log.rows(2)).containsExactly(row(1));
            session.commit();
        }
        assertThat(db.rows(select(NODES.c("id")))).isEmpty();
    }

    @Test
    void aTwoRowCycleIsClosedByAnUpdateAfterBothInserts() {
        try (Session session = db.session()) {
            Person person = new Person("p");
            Ball ball = new Ball("b");
            person.balls.add(ball);
            person.favorite = ball;
            session.add(person);
            session.flush();

            assertThat(log.kinds()).containsExactly("INSERT person", "INSERT ball", "UPDATE person");
            assertThat(log.sql(0)).isEqualTo("INSERT INTO person (data) VALUES (?)");
            assertThat(log.sql(1)).isEqualTo("INSERT INTO ball (person_id, data) VALUES (?, ?)");
            assertThat(log.rows(1)).containsExactly(row(1, "b"));
            assertThat(log.sql(2)).isEqualTo("UPDATE person SET favorite_ball_id=? WHERE person.id = ?");
            assertThat(log.rows(2)).containsExactly(row(1, 1));
            assertThat(person.favoriteBallId).isEqualTo(1);
            session.commit();
        }
        assertThat(db.rows(select(PERSON.c("id"), PERSON.c("favorite_ball_id"), PERSON.c("data"))))
                .containsExactly("1/1/p");
        assertThat(db.rows(select(BALL.c("id"), BALL.c("person_id"), BALL.c("data")))).containsExactly("1/1/b");
    }

    @Test
    void aTwoRowCycleIsOpenedByAnUpdateBeforeBothDeletes() {
        try (Session session = db.session()) {
            Person person = new Person("p");
            Ball ball = new Ball("b");
            person.balls.add(ball);
            person.favorite = ball;
            session.add(person);
            session.flush();
            log.clear();
            session.delete(person);
            session.flush();

            assertThat(log.kinds()).containsExactly("UPDATE person", "DELETE ball", "DELETE person");
            assertThat(log.sql(0)).isEqualTo("UPDATE person SET favorite_ball_id=? WHERE person.id = ?");
            assertThat(log.rows(0)).containsExactly(row(null, 1));
            assertThat(log.sql(1)).isEqualTo("DELETE FROM ball WHERE ball.id = ?");
            assertThat(log.sql(2)).isEqualTo("DELETE FROM person WHERE person.id = ?");
            session.commit();
        }
        assertThat(db.rows(select(PERSON.c("id")))).isEmpty();
        assertThat(db.rows(select(BALL.c("id")))).isEmpty();
    }

    @Test
    void changingOnlyThePostUpdateReferenceWritesOneUpdate() {
        try (Session session = db.session()) {
            Person person = new Person("p");
            Ball first = new Ball("first");
            Ball second = new Ball("second");
            person.balls.add(first);
            person.balls.add(second);
            person.favorite = first;
            session.add(person);
            session.flush();
            log.clear();
            person.favorite = second;
            session.flush();

            assertThat(log.sql()).containsExactly("UPDATE person SET favorite_ball_id=? WHERE person.id = ?");
            assertThat(log.rows(0)).containsExactly(row(2, 1));
            session.commit();
        }
        assertThat(db.rows(select(PERSON.c("favorite_ball_id")))).containsExactly("2");
    }

    @Test
    void deletingAParentWithoutDeleteCascadeDetachesItsChildrenFirst() {
        try (Session session = db.session()) {
            Node root = new Node("root", new Node("child1"), new Node("child2"));
            session.add(root);
            session.flush();
            log.clear();
            session.delete(root);
            session.flush();

            assertThat(log.sql()).containsExactly("UPDATE nodes SET parent_id=? WHERE nodes.id = ?",
                    "DELETE FROM nodes WHERE nodes.id = ?");
            assertThat(log.rows(0)).containsExactly(row(null, 2), row(null, 3));
            assertThat(log.rows(1)).containsExactly(row(1));
            assertThat(root.children.get(0).parentId).isNull();
            session.commit();
        }
        assertThat(db.rows(select(NODES.c("id"), NODES.c("parent_id"), NODES.c("data")).orderBy(NODES.c("id"))))
                .containsExactly("2/null/child1", "3/null/child2");
    }
}
