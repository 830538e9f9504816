package io.junction.ormtest.attribute;

import io.junction.orm.inspect.AttributeHistory;
import io.junction.orm.inspect.Junction;
import io.junction.orm.session.Session;
import io.junction.ormtest.attribute.Model.Child;
import io.junction.ormtest.attribute.Model.Parent;
import io.junction.ormtest.support.OrmDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.junction.ormtest.attribute.Model.CHILD;
import static io.junction.ormtest.attribute.Model.PARENT;
import static io.junction.sql.expression.Sql.insert;
import static org.assertj.core.api.Assertions.assertThat;

/** What each attribute records between loads and flushes: added, unchanged and deleted values. */
class HistoryTest {
    private OrmDatabase db;

    @BeforeEach
    void parentWithTwoChildren() {
        db = OrmDatabase.fresh(Model.METADATA);
        db.execute(insert(PARENT).values(Map.of("name", "p1")), insert(PARENT).values(Map.of("name", "p2")),
                insert(CHILD).values(Map.of("parent_id", 1, "name", "c1")),
                insert(CHILD).values(Map.of("parent_id", 1, "name", "c2")));
    }

    @Test
    void aCollectionRecordsAppendsAndRemovalsUntilTheFlush() {
        try (Session session = db.session()) {
            Parent p1 = session.get(Parent.class, 1);
            Child c1 = p1.children.get(0);
            Child c2 = p1.children.get(1);
            Child c3 = new Child("c3");
            p1.children.add(c3);
            p1.children.remove(c1);

            AttributeHistory history = Junction.inspect(p1).history("children");
            assertThat(history.added()).containsExactly(c3);
            assertThat(history.unchanged()).containsExactly(c2);
            assertThat(history.deleted()).containsExactly(c1);
            session.add(c3);
            session.flush();
            assertThat(Junction.inspect(p1).history("children").hasChanges()).isFalse();
            assertThat(Junction.inspect(p1).history("children").unchanged()).containsExactly(c2, c3);
        }
    }

    @Test
    void aManyToOneRecordsItsOldTargetFromTheIdentityMap() {
        try (Session session = db.session()) {
            Parent p1 = session.get(Parent.class, 1);
            Parent p2 = session.get(Parent.class, 2);
            Child c1 = session.get(Child.class, 1);
            c1.parent = p2;

            AttributeHistory history = Junction.inspect(c1).history("parent");
            assertThat(history.added()).containsExactly(p2);
            assertThat(history.deleted()).containsExactly(p1);
        }
    }

    @Test
    void anUnchangedLoadedScalarHasOnlyItsValueUnchanged() {
        try (Session session = db.session()) {
            Parent p1 = session.get(Parent.class, 1);
            AttributeHistory history = Junction.inspect(p1).history("name");
            assertThat(history.unchanged()).containsExactly("p1");
            assertThat(history.hasChanges()).isFalse();
        }
    }
}
