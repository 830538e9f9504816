package io.junction.it.recovery;

import io.junction.engine.Engine;
import io.junction.engine.IntegrityException;
import io.junction.it.recovery.Family.Child;
import io.junction.it.recovery.Family.Parent;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.PendingRollbackException;
import io.junction.orm.session.Session;
import io.junction.sql.schema.Deferral;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.it.recovery.Family.CHILDREN;
import static io.junction.it.recovery.Family.PARENTS;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a failed flush or COMMIT leaves, shape by shape: the database untouched, the session
 * refusing work until {@code rollback()}, and after the rollback every object as it was when the
 * transaction began — so redoing the work and committing writes exactly the intended rows.
 */
class FailedFlushTest extends DatabaseSuite {

    @Override
    protected MetaData metadata() {
        return Family.METADATA;
    }

    /** A rename, a move through the backref and a bad INSERT in one flush. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aRenameAndAMoveAreUndoneWithTheFailedInsertAndCanBeRedone(Database database) {
        Engine engine = fresh(database);
        seed(engine, new Parent("p1", new Child("c1")), new Parent("p2"));
        try (Session session = new Session(engine)) {
            Parent p1 = session.query(Parent.class).filter(PARENTS.c("name").eq("p1")).one();
            Parent p2 = session.query(Parent.class).filter(PARENTS.c("name").eq("p2")).one();
            Child c1 = p1.children.get(0);
            p1.name = "p1-renamed";
            c1.parent = p2;
            assertThat(p1.children).isEmpty();
            assertThat(p2.children).containsExactly(c1);
            Parent duplicate = new Parent("p2");
            session.add(duplicate);

            assertThatThrownBy(session::commit).isInstanceOf(IntegrityException.class);

            assertThat(committed(engine)).containsExactly("p1:c1", "p2:");
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackException.class)
                    .hasCauseInstanceOf(IntegrityException.class);
            assertThatThrownBy(() -> read(p1)).as("an expired attribute needs SQL, which waits for the rollback")
                    .isInstanceOf(PendingRollbackException.class);
            assertThat(session.contains(duplicate)).isFalse();

            session.rollback();

            assertThat(p1.name).isEqualTo("p1");
            assertThat(c1.parent).isSameAs(p1);
            assertThat(p1.children).containsExactly(c1);
            assertThat(p2.children).isEmpty();
            assertThat(session.dirtyObjects()).isEmpty();
            assertThat(duplicate.id).isNull();

            p1.name = "p1-renamed";
            c1.parent = p2;
            session.commit();
        }
        assertThat(committed(engine)).containsExactly("p1-renamed:", "p2:c1");
    }

    /** Objects an earlier flush of the transaction inserted become new again, without their generated keys. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void objectsFlushedEarlierInTheTransactionAreNewAgainAndWrittenWhenAddedAgain(Database database) {
        Engine engine = fresh(database);
        seed(engine, new Parent("p1"));
        try (Session session = new Session(engine)) {
            Child a1 = new Child("a1");
            Child a2 = new Child("a2");
            Parent a = new Parent("a", a1, a2);
            session.add(a);
            session.flush();
            assertThat(a.id).isNotNull();
            assertThat(a1.id).isNotNull();

            Parent bad = new Parent("p1");
            session.add(bad);
            assertThatThrownBy(session::flush).isInstanceOf(IntegrityException.class);

            assertThat(session.contains(a)).isFalse();
            assertThat(session.contains(a1)).isFalse();
            assertThat(a.id).as("no key of a rolled-back INSERT").isNull();
            assertThat(a1.id).isNull();
            assertThat(a.children).containsExactly(a1, a2);
            assertThat(a1.parent).isSameAs(a);
            assertThat(committed(engine)).containsExactly("p1:");

            session.rollback();
            bad.name = "b";
            session.add(a);
            session.add(bad);
            session.commit();
            assertThat(a1.parent).isSameAs(a);
            assertThat(a.children).containsExactly(a1, a2);
        }
        assertThat(committed(engine)).containsExactly("a:a1,a2", "b:", "p1:");
        assertThat(rows(engine, select(CHILDREN.c("parent_id")).where(CHILDREN.c("parent_id").isNull()))).isEmpty();
    }

    /** A unique violation in the third of five 1,000-row INSERTs applies nothing; fixed and added again, all are written. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aViolationInTheThirdOfFiveBatchesAppliesNothing(Database database) {
        Engine engine = fresh(database);
        seed(engine, new Parent("p1", new Child("taken")));
        Parent many = new Parent("many");
        for (int i = 0; i < 5000; i++) {
            many.children.add(new Child(i == 2500 ? "taken" : "c" + i));
        }
        try (Session session = new Session(engine)) {
            session.add(many);
            assertThatThrownBy(session::commit).isInstanceOf(IntegrityException.class);
            assertThat(count(engine, CHILDREN)).isEqualTo(1);
            assertThat(many.children).allSatisfy(child -> {
                assertThat(child.id).isNull();
                assertThat(session.contains(child)).isFalse();
            });

            session.rollback();
            many.children.get(2500).name = "c2500";
            session.add(many);
            session.commit();
        }
        assertThat(count(engine, CHILDREN)).isEqualTo(5001);
        assertThat(count(engine, PARENTS)).isEqualTo(2);
    }

    /** A natural key changed by one flush is put back when a later flush of the transaction fails. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void aKeyChangedByAnEarlierFlushIsPutBack(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            session.add(new Family.Tag("red", "Red"));
            session.commit();
            Family.Tag red = session.get(Family.Tag.class, "red");
            red.code = "crimson";
            session.flush();
            session.add(new Parent("p1"));
            session.add(new Parent("p1"));
            assertThatThrownBy(session::flush).isInstanceOf(IntegrityException.class);
            session.rollback();

            assertThat(session.get(Family.Tag.class, "red")).isSameAs(red);
            assertThat(red.code).isEqualTo("red");
            assertThat(session.get(Family.Tag.class, "crimson")).isNull();
        }
    }

    /** A foreign key PostgreSQL checks at COMMIT: the failed COMMIT leaves the note new again, not persistent without a row. */
    @Test
    void aFailedCommitPutsTheObjectsBackAsAFailedFlushDoes() {
        Engine engine = Database.POSTGRESQL.engine();
        DEFERRED.dropAll(engine);
        DEFERRED.createAll(engine);
        try (Session session = new Session(engine)) {
            Note note = new Note(999, "dangling");
            session.add(note);
            session.flush();
            assertThat(note.id).isNotNull();

            assertThatThrownBy(session::commit).isInstanceOf(IntegrityException.class);

            assertThat(session.contains(note)).isFalse();
            assertThat(note.id).isNull();
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackException.class)
                    .hasMessageContaining("because the COMMIT failed");
            session.rollback();
            session.connection().execute(io.junction.sql.expression.Sql.insert(OWNERS)
                    .values(java.util.Map.of(OWNERS.c("id"), 999)));
            session.add(note);
            session.commit();
            assertThat(note.id).isNotNull();
        } finally {
            assertThat(strings(rows(engine, select(NOTES.c("owner_id"), NOTES.c("body"))))).containsExactly("999/dangling");
            DEFERRED.dropAll(engine);
        }
    }

    static final MetaData DEFERRED = new MetaData();
    static final Table OWNERS = DEFERRED.table("owners", column("id", INTEGER).primaryKey().autoincrement(false));
    static final Table NOTES = DEFERRED.table("notes",
            column("id", INTEGER).primaryKey(),
            column("owner_id", INTEGER).foreignKey("owners.id", Deferral.DEFERRABLE_INITIALLY_DEFERRED),
            column("body", string(40)));
    static final Registry DEFERRED_REGISTRY = new Registry(DEFERRED);

    @Mapped
    static class Note {
        Integer id;
        Integer ownerId;
        String body;

        Note() {
        }

        Note(Integer ownerId, String body) {
            this.ownerId = ownerId;
            this.body = body;
        }
    }

    static {
        DEFERRED_REGISTRY.map(Note.class, NOTES);
        DEFERRED_REGISTRY.configure();
    }

    private static String read(Parent parent) {
        return parent.name;
    }

    private static void seed(Engine engine, Parent... parents) {
        try (Session session = new Session(engine)) {
            session.addAll(List.of(parents));
            session.commit();
        }
    }

    private static int count(Engine engine, Table table) {
        return rows(engine, select(table.c("id"))).size();
    }

    /** Each committed parent as {@code name:child,child}, by name. */
    static List<String> committed(Engine engine) {
        List<String> result = new ArrayList<>();
        for (var parent : rows(engine, select(PARENTS.c("id"), PARENTS.c("name")).orderBy(PARENTS.c("name")))) {
            List<String> names = new ArrayList<>();
            for (var child : rows(engine, select(CHILDREN.c("name")).where(CHILDREN.c("parent_id").eq(parent.get(0)))
                    .orderBy(CHILDREN.c("name")))) {
                names.add(String.valueOf(child.get(0)));
            }
            result.add(parent.get(1) + ":" + String.join(",", names));
        }
        return result;
    }
}
