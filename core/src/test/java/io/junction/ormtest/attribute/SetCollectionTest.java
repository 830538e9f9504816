package io.junction.ormtest.attribute;

import io.junction.orm.collection.InstrumentedSet;
import io.junction.orm.session.Session;
import io.junction.ormtest.attribute.Model.Basket;
import io.junction.ormtest.attribute.Model.Course;
import io.junction.ormtest.attribute.Model.Fruit;
import io.junction.ormtest.attribute.Model.Student;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.junction.ormtest.attribute.Model.ENROLMENT;
import static io.junction.ormtest.attribute.Model.FRUIT;
import static io.junction.ormtest.support.OrmDatabase.row;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

/** Relationships held in {@code Set} fields: instrumented sets that add, remove, load and flush as lists do. */
class SetCollectionTest {
    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void freshDatabase() {
        db = OrmDatabase.fresh(Model.METADATA);
        log = db.log();
    }

    private List<String> fruit() {
        return db.rows(select(FRUIT.c("id"), FRUIT.c("basket_id"), FRUIT.c("name")).orderBy(FRUIT.c("id")));
    }

    /** A basket with an apple and a pear, committed; the log is cleared. */
    private Basket savedBasket(Session session) {
        Basket basket = new Basket("b");
        Fruit apple = new Fruit("apple");
        Fruit pear = new Fruit("pear");
        basket.fruit.add(apple);
        session.add(basket);
        session.flush();
        basket.fruit.add(pear);
        session.commit();
        log.clear();
        return basket;
    }

    @Test
    void aSetFieldHoldsAnInstrumentedSet() {
        Basket basket = new Basket("b");
        basket.fruit.add(new Fruit("apple"));
        assertThat(basket.fruit).isInstanceOf(InstrumentedSet.class).hasSize(1);
    }

    @Test
    void assigningAPlainSetReplacesItWithAnInstrumentedOneAndSetsTheBackrefs() {
        Basket basket = new Basket("b");
        Fruit apple = new Fruit("apple");
        basket.fruit = new HashSet<>(Set.of(apple));
        assertThat(basket.fruit).isInstanceOf(InstrumentedSet.class).containsExactly(apple);
        assertThat(apple.basket).isSameAs(basket);
    }

    @Test
    void addingToTheSetSetsTheBackrefAndAddingTwiceAddsOnce() {
        Basket basket = new Basket("b");
        Fruit apple = new Fruit("apple");
        assertThat(basket.fruit.add(apple)).isTrue();
        assertThat(basket.fruit.add(apple)).isFalse();
        assertThat(basket.fruit).containsExactly(apple);
        assertThat(apple.basket).isSameAs(basket);
    }

    @Test
    void theMembersOfASetAreInsertedAfterTheirOwner() {
        try (Session session = db.session()) {
            Basket basket = new Basket("b");
            Fruit apple = new Fruit("apple");
            basket.fruit.add(apple);
            basket.fruit.add(apple);
            session.add(basket);
            session.flush();

            assertThat(log.kinds()).containsExactly("INSERT basket", "INSERT fruit");
            assertThat(log.sql(1)).isEqualTo("INSERT INTO fruit (basket_id, name) VALUES (?, ?)");
            assertThat(log.rows(1)).containsExactly(row(1, "apple"));
            session.commit();
        }
        assertThat(fruit()).containsExactly("1/1/apple");
    }

    @Test
    void aLoadedSetHoldsTheRowsMembers() {
        try (Session session = db.session()) {
            savedBasket(session);
        }
        try (Session session = db.session()) {
            Basket basket = session.get(Basket.class, 1);
            assertThat(basket.fruit).isInstanceOf(InstrumentedSet.class)
                    .extracting(f -> f.name).containsExactlyInAnyOrder("apple", "pear");
            assertThat(log.kinds()).containsExactly("SELECT basket", "SELECT fruit");
            assertThat(basket.fruit).allSatisfy(f -> assertThat(f.basket).isSameAs(basket));
        }
    }

    @Test
    void removingAnOrphanFromTheSetDeletesIt() {
        try (Session session = db.session()) {
            Basket basket = savedBasket(session);
            Fruit apple = basket.fruit.stream().filter(f -> f.name.equals("apple")).findFirst().orElseThrow();
            assertThat(basket.fruit.remove(apple)).isTrue();
            assertThat(apple.basket).isNull();
            log.clear();
            session.flush();

            assertThat(log.sql()).containsExactly("DELETE FROM fruit WHERE fruit.id = ?");
            assertThat(log.rows(0)).containsExactly(row(1));
            session.commit();
        }
        assertThat(fruit()).containsExactly("2/1/pear");
    }

    @Test
    void settingTheManyToOneAddsToALoadedSet() {
        try (Session session = db.session()) {
            Basket basket = savedBasket(session);
            basket.fruit.size();
            log.clear();
            Fruit plum = new Fruit("plum");
            plum.basket = basket;
            session.add(plum);

            assertThat(basket.fruit).extracting(f -> f.name).containsExactlyInAnyOrder("apple", "pear", "plum");
            assertThat(log.count()).isZero();
            session.flush();
            assertThat(log.sql()).containsExactly("INSERT INTO fruit (basket_id, name) VALUES (?, ?)");
            assertThat(log.rows(0)).containsExactly(row(1, "plum"));
        }
    }

    @Test
    void clearingTheSetDeletesEveryOrphan() {
        try (Session session = db.session()) {
            Basket basket = savedBasket(session);
            basket.fruit.clear();
            log.clear();
            session.flush();

            assertThat(log.sql()).containsExactly("DELETE FROM fruit WHERE fruit.id = ?");
            assertThat(log.rows(0)).containsExactlyInAnyOrder(row(1), row(2));
            session.commit();
        }
        assertThat(fruit()).isEmpty();
    }

    @Test
    void aManyToManyOfSetsWritesAndDeletesAssociationRows() {
        try (Session session = db.session()) {
            Student ann = new Student("ann");
            Course maths = new Course("maths");
            Course art = new Course("art");
            ann.courses.add(maths);
            ann.courses.add(art);
            assertThat(maths.students).containsExactly(ann);
            session.add(ann);
            session.flush();

            assertThat(log.kinds()).containsExactly("INSERT student", "INSERT course", "INSERT enrolment");
            assertThat(log.sql(2)).isEqualTo("INSERT INTO enrolment (student_id, course_id) VALUES (?, ?)");
            assertThat(log.rows(2)).containsExactlyInAnyOrder(row(1, 1), row(1, 2));

            ann.courses.remove(maths);
            assertThat(maths.students).isEmpty();
            log.clear();
            session.flush();
            assertThat(log.sql()).containsExactly(
                    "DELETE FROM enrolment WHERE enrolment.student_id = ? AND enrolment.course_id = ?");
            assertThat(log.rows(0)).containsExactly(row(1, maths.id));
            session.commit();
            assertThat(db.rows(select(ENROLMENT.c("student_id"), ENROLMENT.c("course_id"))))
                    .containsExactly("1/" + art.id);
        }
    }

    @Test
    void aSetSideOfAManyToManyLoadsThroughTheAssociationTable() {
        try (Session session = db.session()) {
            Student ann = new Student("ann");
            ann.courses.add(new Course("maths"));
            session.add(ann);
            session.commit();
        }
        log.clear();
        try (Session session = db.session()) {
            Course maths = session.get(Course.class, 1);
            assertThat(maths.students).isInstanceOf(InstrumentedSet.class).extracting(s -> s.name).containsExactly("ann");
            assertThat(log.sql(1)).isEqualTo("SELECT student.id AS student_id, student.name AS student_name "
                    + "FROM student, enrolment WHERE enrolment.course_id = ? AND enrolment.student_id = student.id");
        }
    }
}
