package io.junction.ormtest.attribute;

import io.junction.orm.inspect.Junction;
import io.junction.orm.session.Session;
import io.junction.ormtest.attribute.Model.Child;
import io.junction.ormtest.attribute.Model.Parent;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.junction.ormtest.attribute.Model.CHILD;
import static io.junction.ormtest.attribute.Model.PARENT;
import static io.junction.sql.expression.Sql.insert;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

/**
 * Setting {@code child.parent} for 16,000 children of one parent whose collection is loaded: each
 * assignment finds the child in the collection by identity without walking it. The 5 s bound is a
 * regression guard against a quadratic walk (which took about a second), not a timing assertion.
 * A list long enough to keep an identity index still counts a member it holds twice once.
 */
class LargeBackrefTest {
    private static final int CHILDREN = 16_000;
    private static final Duration QUADRATIC_GUARD = Duration.ofSeconds(5);

    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void twoParentsAndOneChild() {
        db = OrmDatabase.fresh(Model.METADATA);
        db.execute(insert(PARENT).values(Map.of("name", "p1")), insert(PARENT).values(Map.of("name", "p2")),
                insert(CHILD).values(Map.of("parent_id", 1, "name", "c0")));
        log = db.log();
        log.clear();
    }

    @Test
    void settingTheParentOf16000ChildrenAppendsEachOnceInOrder() {
        try (Session session = db.session()) {
            Parent p1 = session.get(Parent.class, 1);
            Child c0 = p1.children.get(0);
            List<Child> children = newChildren(CHILDREN);

            assertTimeout(QUADRATIC_GUARD, () -> {
                for (Child child : children) {
                    child.parent = p1;
                }
                for (Child child : children) {
                    child.parent = p1;
                }
            });

            assertThat(p1.children).hasSize(CHILDREN + 1);
            assertThat(p1.children.get(0)).isSameAs(c0);
            assertThat(p1.children.subList(1, CHILDREN + 1)).containsExactlyElementsOf(children);
            children.forEach(session::add);
            log.clear();
            session.commit();
            assertThat(log.kinds()).containsOnly("INSERT child");
            assertThat(log.statements().stream().mapToInt(s -> s.rows().size()).sum()).isEqualTo(CHILDREN);
        }
        assertThat(db.rows(select(CHILD.c("parent_id")).where(CHILD.c("parent_id").eq(1)))).hasSize(CHILDREN + 1);
    }

    @Test
    void moving16000ChildrenBetweenLoadedCollectionsEmptiesTheOldOne() {
        try (Session session = db.session()) {
            Parent p1 = session.get(Parent.class, 1);
            Parent p2 = session.get(Parent.class, 2);
            Child c0 = p1.children.get(0);
            assertThat(p2.children).isEmpty();
            List<Child> children = newChildren(CHILDREN);
            for (Child child : children) {
                child.parent = p1;
            }

            assertTimeout(QUADRATIC_GUARD, () -> {
                for (Child child : children) {
                    child.parent = p2;
                }
            });

            assertThat(p1.children).containsExactly(c0);
            assertThat(p2.children).containsExactlyElementsOf(children);
            children.forEach(session::add);
            log.clear();
            session.commit();
            assertThat(log.kinds()).containsOnly("INSERT child");
            assertThat(log.statements().stream().mapToInt(s -> s.rows().size()).sum()).isEqualTo(CHILDREN);
        }
        assertThat(db.rows(select(CHILD.c("parent_id")).where(CHILD.c("parent_id").eq(2)))).hasSize(CHILDREN);
        assertThat(db.rows(select(CHILD.c("name")).where(CHILD.c("parent_id").eq(1)))).containsExactly("c0");
    }

    @Test
    void aLongListHoldingAChildTwiceKeepsItsParentUntilTheLastOccurrenceGoes() {
        Parent parent = new Parent("p");
        List<Child> children = newChildren(20);
        parent.children.addAll(children);
        Child twice = children.get(3);

        parent.children.add(twice);
        assertThat(parent.children).hasSize(21).last().isSameAs(twice);
        assertThat(Junction.inspect(parent).history("children").added()).containsExactlyElementsOf(children);

        parent.children.remove(3);
        assertThat(twice.parent).isSameAs(parent);
        parent.children.set(19, children.get(0));
        assertThat(twice.parent).isNull();
        assertThat(parent.children).hasSize(20).doesNotContain(twice);

        twice.parent = parent;
        twice.parent = parent;
        assertThat(parent.children).hasSize(21).last().isSameAs(twice);
        twice.parent = null;
        assertThat(parent.children).hasSize(20).doesNotContain(twice);
        assertThat(children.get(0).parent).isSameAs(parent);
    }

    private static List<Child> newChildren(int count) {
        List<Child> children = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            children.add(new Child("c" + i));
        }
        return children;
    }
}
