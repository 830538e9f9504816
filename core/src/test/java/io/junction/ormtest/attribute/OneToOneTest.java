package io.junction.ormtest.attribute;

import io.junction.orm.session.Session;
import io.junction.ormtest.attribute.Model.Passport;
import io.junction.ormtest.attribute.Model.Person;
import io.junction.ormtest.support.OrmDatabase;
import io.junction.ormtest.support.SqlLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.junction.ormtest.attribute.Model.PASSPORT;
import static io.junction.ormtest.support.OrmDatabase.row;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

/** A one-to-one ({@code uselist(false)}) with a backref: a scalar on each side, kept in step, and the foreign keys it writes. */
class OneToOneTest {
    private OrmDatabase db;
    private SqlLog log;

    @BeforeEach
    void freshDatabase() {
        db = OrmDatabase.fresh(Model.METADATA);
        log = db.log();
    }

    @Test
    void settingOneSideSetsTheOther() {
        Person ann = new Person("ann");
        Passport first = new Passport("p1");
        ann.passport = first;
        assertThat(first.person).isSameAs(ann);

        Passport second = new Passport("p2");
        second.person = ann;
        assertThat(ann.passport).isSameAs(second);
        assertThat(first.person).isNull();
    }

    @Test
    void replacingThePassportMovesTheForeignKeyInOneBatch() {
        try (Session session = db.session().expireOnCommit(false)) {
            Person ann = new Person("ann");
            ann.passport = new Passport("p1");
            session.add(ann);
            session.flush();
            assertThat(log.kinds()).containsExactly("INSERT person", "INSERT passport");
            assertThat(log.rows(1)).containsExactly(row(1, "p1"));
            Passport second = new Passport("p2");
            session.add(second);
            session.commit();
            Passport first = ann.passport;
            log.clear();

            ann.passport = second;
            assertThat(first.person).isNull();
            assertThat(log.count()).isZero();
            session.flush();
            assertThat(log.sql()).containsExactly("UPDATE passport SET person_id=? WHERE passport.id = ?");
            assertThat(log.rows(0)).containsExactly(row(null, 1), row(1, 2));
            session.commit();
        }
        assertThat(db.rows(select(PASSPORT.c("id"), PASSPORT.c("person_id"), PASSPORT.c("number")).orderBy(PASSPORT.c("id"))))
                .containsExactly("1/null/p1", "2/1/p2");
    }

    @Test
    void aLoadedPersonsPassportLoadsWithOneSelect() {
        try (Session session = db.session()) {
            Person ann = new Person("ann");
            ann.passport = new Passport("p1");
            session.add(ann);
            session.commit();
        }
        log.clear();
        try (Session session = db.session()) {
            Person ann = session.get(Person.class, 1);
            assertThat(ann.passport.number).isEqualTo("p1");
            assertThat(ann.passport.person).isSameAs(ann);
            assertThat(log.sql()).containsExactly(
                    "SELECT person.id AS person_id, person.name AS person_name FROM person WHERE person.id = ?",
                    "SELECT passport.id AS passport_id, passport.person_id AS passport_person_id, "
                            + "passport.number AS passport_number FROM passport WHERE passport.person_id = ?");
        }
    }
}
