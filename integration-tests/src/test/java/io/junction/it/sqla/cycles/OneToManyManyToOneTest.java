package io.junction.it.sqla.cycles;

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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.junction.orm.relationship.Backref.backref;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ported from SQLAlchemy test/orm/test_cycles.py, class OneToManyManyToOneTest: person has a
 * one-to-many to ball and a separate many-to-one (its favourite) to ball, so rows of each table
 * can depend on the other, which post_update resolves. SQLAlchemy runs the class twice, with and
 * without {@code _legacy_inactive_history_style}, a private flag Junction has no counterpart for;
 * it is ported once. Each SQLAlchemy test maps the classes its own way, so each has its own
 * registry and model classes here.
 */
class OneToManyManyToOneTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table BALL = METADATA.table("ball",
            column("id", INTEGER).primaryKey(),
            column("person_id", INTEGER).foreignKey("person.id"),
            column("data", string(30)));
    static final Table PERSON = METADATA.table("person",
            column("id", INTEGER).primaryKey(),
            column("favorite_ball_id", INTEGER).foreignKey("ball.id"),
            column("data", string(30)));

    // ---- test_cycle: both relationships, no post_update ----
    @Mapped
    static class CyclePerson {
        Integer id;
        Integer favoriteBallId;
        String data;
        List<CycleBall> balls = new ArrayList<>();
        CycleBall favorite;
    }

    @Mapped
    static class CycleBall {
        Integer id;
        Integer personId;
        String data;
    }

    // ---- test_post_update_m2o_no_cascade: only the favourite, with post_update ----
    @Mapped
    static class FavoritePerson {
        Integer id;
        Integer favoriteBallId;
        String data;
        FavoriteBall favorite;

        FavoritePerson(String data) {
            this.data = data;
        }

        FavoritePerson() {
        }
    }

    @Mapped
    static class FavoriteBall {
        Integer id;
        Integer personId;
        String data;

        FavoriteBall(String data) {
            this.data = data;
        }

        FavoriteBall() {
        }
    }

    // ---- test_post_update_m2o: delete-orphan balls, post_update favourite ----
    @Mapped
    static class M2oPerson {
        Integer id;
        Integer favoriteBallId;
        String data;
        List<M2oBall> balls = new ArrayList<>();
        M2oBall favorite;

        M2oPerson(String data) {
            this.data = data;
        }

        M2oPerson() {
        }
    }

    @Mapped
    static class M2oBall {
        Integer id;
        Integer personId;
        String data;

        M2oBall(String data) {
            this.data = data;
        }

        M2oBall() {
        }
    }

    // ---- test_post_update_backref: post_update balls with a post_update backref ----
    @Mapped
    static class BackrefPerson {
        Integer id;
        Integer favoriteBallId;
        String data;
        List<BackrefBall> balls = new ArrayList<>();
        BackrefBall favorite;

        BackrefPerson(String data) {
            this.data = data;
        }

        BackrefPerson() {
        }
    }

    @Mapped
    static class BackrefBall {
        Integer id;
        Integer personId;
        String data;
        BackrefPerson person;

        BackrefBall(String data) {
            this.data = data;
        }

        BackrefBall() {
        }
    }

    // ---- test_post_update_o2m: delete-orphan balls with post_update, plain favourite ----
    @Mapped
    static class O2mPerson {
        Integer id;
        Integer favoriteBallId;
        String data;
        List<O2mBall> balls = new ArrayList<>();
        O2mBall favorite;

        O2mPerson(String data) {
            this.data = data;
        }

        O2mPerson() {
        }
    }

    @Mapped
    static class O2mBall {
        Integer id;
        Integer personId;
        String data;
        O2mPerson person;

        O2mBall(String data) {
            this.data = data;
        }

        O2mBall() {
        }
    }

    // ---- test_post_update_m2o_detect_none: ball's many-to-one person with post_update ----
    @Mapped
    static class NonePerson {
        Integer id;
        Integer favoriteBallId;
        String data;
    }

    @Mapped
    static class NoneBall {
        Integer id;
        Integer personId;
        String data;
        NonePerson person;
    }

    static final Registry CYCLE = new Registry(METADATA);
    static final Registry FAVORITE = new Registry(METADATA);
    static final Registry M2O = new Registry(METADATA);
    static final Registry BACKREF = new Registry(METADATA);
    static final Registry O2M = new Registry(METADATA);
    static final Registry NONE = new Registry(METADATA);

    static {
        CYCLE.map(CycleBall.class, BALL);
        CYCLE.map(CyclePerson.class, PERSON,
                relationship("balls", CycleBall.class).primaryJoin(BALL.c("person_id").eq(PERSON.c("id")))
                        .remoteSide(BALL.c("person_id")),
                relationship("favorite", CycleBall.class).primaryJoin(PERSON.c("favorite_ball_id").eq(BALL.c("id")))
                        .remoteSide(BALL.c("id")));
        CYCLE.configure();

        FAVORITE.map(FavoriteBall.class, BALL);
        FAVORITE.map(FavoritePerson.class, PERSON,
                relationship("favorite", FavoriteBall.class)
                        .primaryJoin(PERSON.c("favorite_ball_id").eq(BALL.c("id"))).postUpdate(true));
        FAVORITE.configure();

        M2O.map(M2oBall.class, BALL);
        M2O.map(M2oPerson.class, PERSON,
                relationship("balls", M2oBall.class).primaryJoin(BALL.c("person_id").eq(PERSON.c("id")))
                        .remoteSide(BALL.c("person_id")).postUpdate(false).cascade("all, delete-orphan"),
                relationship("favorite", M2oBall.class).primaryJoin(PERSON.c("favorite_ball_id").eq(BALL.c("id")))
                        .postUpdate(true));
        M2O.configure();

        BACKREF.map(BackrefBall.class, BALL);
        BACKREF.map(BackrefPerson.class, PERSON,
                relationship("balls", BackrefBall.class).primaryJoin(BALL.c("person_id").eq(PERSON.c("id")))
                        .remoteSide(BALL.c("person_id")).postUpdate(true)
                        .backref(backref("person").postUpdate(true)),
                relationship("favorite", BackrefBall.class)
                        .primaryJoin(PERSON.c("favorite_ball_id").eq(BALL.c("id"))));
        BACKREF.configure();

        O2M.map(O2mBall.class, BALL);
        O2M.map(O2mPerson.class, PERSON,
                relationship("balls", O2mBall.class).primaryJoin(BALL.c("person_id").eq(PERSON.c("id")))
                        .remoteSide(BALL.c("person_id")).cascade("all, delete-orphan").postUpdate(true)
                        .backref("person"),
                relationship("favorite", O2mBall.class).primaryJoin(PERSON.c("favorite_ball_id").eq(BALL.c("id"))));
        O2M.configure();

        NONE.map(NoneBall.class, BALL,
                relationship("person", NonePerson.class).postUpdate(true)
                        .primaryJoin(PERSON.c("id").eq(BALL.c("person_id"))));
        NONE.map(NonePerson.class, PERSON);
        NONE.configure();
    }

    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    private static List<String> balls(Engine engine) {
        return strings(rows(engine, select(BALL.c("id"), BALL.c("person_id"), BALL.c("data")).orderBy(BALL.c("id"))));
    }

    private static List<String> persons(Engine engine) {
        return strings(rows(engine,
                select(PERSON.c("id"), PERSON.c("favorite_ball_id"), PERSON.c("data")).orderBy(PERSON.c("id"))));
    }

    /** test_cycle: the mappers form a cycle, but these rows do not, so no post_update is needed. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aMapperCycleWithoutARowCycleFlushesWithoutPostUpdate(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            CycleBall b = new CycleBall();
            CyclePerson p = new CyclePerson();
            p.balls.add(b);
            session.add(p);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT person", "INSERT ball");
            assertThat(log.statements().get(1).parameters()).containsExactly(p.id);
            assertThat(b.personId).isEqualTo(p.id);
            session.commit();
        }
        assertThat(persons(engine)).containsExactly("1/null/null");
        assertThat(balls(engine)).containsExactly("1/1/null");
    }

    /** test_post_update_m2o_no_cascade */
    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingThePersonClearsItsPostUpdateFavouriteFirst(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            FavoriteBall b = new FavoriteBall("some data");
            FavoritePerson p = new FavoritePerson("some data");
            p.favorite = b;
            session.add(b);
            session.add(p);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT ball", "INSERT person", "UPDATE person");
            assertThat(log.sql().get(2)).isEqualTo("UPDATE person SET favorite_ball_id=? WHERE person.id = ?");
            assertThat(log.statements().get(2).parameters()).containsExactly(b.id, p.id);

            session.delete(p);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE person", "DELETE person");
            assertThat(log.sql().get(0)).isEqualTo("UPDATE person SET favorite_ball_id=? WHERE person.id = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(null, p.id);
            assertThat(log.sql().get(1)).isEqualTo("DELETE FROM person WHERE person.id = ?");
            assertThat(log.statements().get(1).parameters()).containsExactly(p.id);
            session.commit();
        }
        assertThat(persons(engine)).isEmpty();
        assertThat(balls(engine)).containsExactly("1/null/some data");
    }

    /** test_post_update_m2o: a cycle between two rows, with post_update on the many-to-one. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void theFavouriteIsWrittenByAPostUpdateAfterTheBallsAndClearedBeforeTheirDelete(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            M2oBall b = new M2oBall("some data");
            M2oPerson p = new M2oPerson("some data");
            p.balls.add(b);
            p.balls.add(new M2oBall("some data"));
            p.balls.add(new M2oBall("some data"));
            p.balls.add(new M2oBall("some data"));
            p.favorite = b;
            session.add(b);
            session.add(p);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT person", "INSERT ball", "UPDATE person");
            assertThat(log.statements().get(0).parameters()).containsExactly("some data");
            assertThat(Batches.rows(log.statements().get(1), 2)).containsExactly(
                    List.of(p.id, "some data"), List.of(p.id, "some data"),
                    List.of(p.id, "some data"), List.of(p.id, "some data"));
            assertThat(log.sql().get(2)).isEqualTo("UPDATE person SET favorite_ball_id=? WHERE person.id = ?");
            assertThat(log.statements().get(2).parameters()).containsExactly(p.favorite.id, p.id);

            List<Integer> ballIds = p.balls.stream().map(ball -> ball.id).sorted().toList();
            session.delete(p);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE person", "DELETE ball", "DELETE person");
            assertThat(log.sql().get(0)).isEqualTo("UPDATE person SET favorite_ball_id=? WHERE person.id = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(null, p.id);
            assertThat(log.statements().get(1).parameterSets())
                    .containsExactlyElementsOf(ballIds.stream().map(id -> List.<Object>of(id)).toList());
            assertThat(log.statements().get(2).parameterSets()).containsExactly(List.of(p.id));
            session.commit();
        }
        assertThat(persons(engine)).isEmpty();
        assertThat(balls(engine)).isEmpty();
    }

    /** test_post_update_backref: bidirectional post_update. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aBallMovesBetweenPersonsThroughEitherSideOfAPostUpdateBackref(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            BackrefPerson p1 = new BackrefPerson("p1");
            BackrefPerson p2 = new BackrefPerson("p2");
            BackrefPerson p3 = new BackrefPerson("p3");
            BackrefBall b1 = new BackrefBall("b1");
            b1.person = p1;
            session.addAll(List.of(p1, p2, p3));
            log.clear();
            session.commit();
            assertThat(log.verbs()).containsExactly("INSERT ball", "INSERT person", "UPDATE ball");
            assertThat(log.statements().get(0).parameters()).containsExactly("b1");
            assertThat(Batches.rows(log.statements().get(1), 1)).containsExactly(List.of("p1"), List.of("p2"), List.of("p3"));
            assertThat(log.sql().get(2)).isEqualTo("UPDATE ball SET person_id=? WHERE ball.id = ?");
            assertThat(log.statements().get(2).parameters()).containsExactly(1, 1);
            assertThat(balls(engine)).containsExactly("1/1/b1");

            b1.person = p2;
            log.clear();
            session.commit();
            assertThat(log.verbs().stream().filter(v -> !v.startsWith("SELECT")).toList())
                    .containsExactly("UPDATE ball");
            assertThat(log.statements().stream().filter(s -> s.sql().startsWith("UPDATE")).findFirst().orElseThrow()
                    .parameters()).containsExactly(2, 1);
            assertThat(b1.person).isSameAs(p2);
            assertThat(balls(engine)).containsExactly("1/2/b1");

            p3.balls.add(b1);
            log.clear();
            session.commit();
            assertThat(log.verbs().stream().filter(v -> !v.startsWith("SELECT")).toList())
                    .containsExactly("UPDATE ball");
            assertThat(log.statements().stream().filter(s -> s.sql().startsWith("UPDATE")).findFirst().orElseThrow()
                    .parameters()).containsExactly(3, 1);
            assertThat(b1.person).isSameAs(p3);
        }
        assertThat(balls(engine)).containsExactly("1/3/b1");
        assertThat(persons(engine)).containsExactly("1/null/p1", "2/null/p2", "3/null/p3");
    }

    /** test_post_update_o2m: a cycle between two rows, with post_update on the one-to-many. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void theBallsForeignKeysAreWrittenByAPostUpdateAfterThePersonAndClearedBeforeItsDelete(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            O2mBall b = new O2mBall("some data");
            O2mPerson p = new O2mPerson("some data");
            p.balls.add(b);
            O2mBall b2 = new O2mBall("some data");
            p.balls.add(b2);
            O2mBall b3 = new O2mBall("some data");
            p.balls.add(b3);
            O2mBall b4 = new O2mBall("some data");
            p.balls.add(b4);
            p.favorite = b;
            session.addAll(List.of(b, p, b2, b3, b4));
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("INSERT ball", "INSERT person", "UPDATE ball");
            // Junction differs: the never-set person_id is left out of the INSERT rather than bound as NULL.
            assertThat(log.sql().get(0)).startsWith("INSERT INTO ball (data) VALUES (?)");
            assertThat(Batches.rows(log.statements().get(0), 1)).containsExactly(
                    List.of("some data"), List.of("some data"), List.of("some data"), List.of("some data"));
            assertThat(log.sql().get(1)).startsWith("INSERT INTO person (favorite_ball_id, data) VALUES (?, ?)");
            assertThat(log.statements().get(1).parameters()).containsExactly(b.id, "some data");
            assertThat(log.sql().get(2)).isEqualTo("UPDATE ball SET person_id=? WHERE ball.id = ?");
            assertThat(log.statements().get(2).parameterSets()).containsExactly(
                    List.of(p.id, b.id), List.of(p.id, b2.id), List.of(p.id, b3.id), List.of(p.id, b4.id));

            session.delete(p);
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE ball", "DELETE person", "DELETE ball");
            assertThat(log.sql().get(0)).isEqualTo("UPDATE ball SET person_id=? WHERE ball.id = ?");
            assertThat(log.statements().get(0).parameterSets()).containsExactly(
                    Arrays.asList(null, b.id), Arrays.asList(null, b2.id),
                    Arrays.asList(null, b3.id), Arrays.asList(null, b4.id));
            assertThat(log.statements().get(1).parameterSets()).containsExactly(List.of(p.id));
            assertThat(log.statements().get(2).parameterSets()).containsExactly(
                    List.of(b.id), List.of(b2.id), List.of(b3.id), List.of(b4.id));
            session.commit();
        }
        assertThat(persons(engine)).isEmpty();
        assertThat(balls(engine)).isEmpty();
    }

    /** test_post_update_m2o_detect_none: setting an unloaded post_update many-to-one to null is written. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void settingAnUnloadedPostUpdateManyToOneToNullIsWritten(Database database) {
        Engine engine = fresh(database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            NonePerson p1 = new NonePerson();
            NoneBall ball = new NoneBall();
            ball.person = p1;
            session.add(ball);
            session.commit();
            assertThat(balls(engine)).containsExactly("1/1/null");

            NoneBall b1 = session.query(NoneBall.class).first();
            assertThat(Junction.inspect(b1).unloadedAttributes()).as("person must be unloaded").contains("person");
            b1.person = null;
            log.clear();
            session.flush();
            assertThat(log.verbs()).containsExactly("UPDATE ball");
            assertThat(log.sql().get(0)).isEqualTo("UPDATE ball SET person_id=? WHERE ball.id = ?");
            assertThat(log.statements().get(0).parameters()).containsExactly(null, b1.id);
            assertThat(b1.person).isNull();
            session.commit();
        }
        assertThat(balls(engine)).containsExactly("1/null/null");
    }
}
