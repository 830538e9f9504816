package io.junction.it.recovery;

import io.junction.engine.Engine;
import io.junction.engine.ExecutionListener;
import io.junction.it.recovery.Family.Child;
import io.junction.it.recovery.Family.Parent;
import io.junction.it.recovery.Family.Tag;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.session.PendingRollbackException;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.it.recovery.Family.PARENTS;
import static io.junction.it.recovery.Family.TAGS;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A failure injected at each statement of one commit in turn — a flush of renames, a move through
 * a backref, an orphan, a cascaded delete, a natural-key change and multi-row INSERT batches —
 * leaves the database as it was, the session refusing work until {@code rollback()}, and after the
 * rollback the objects as the database holds them; redoing the same changes then commits exactly
 * the rows a commit without failure writes.
 */
class FailureInjectionTest extends DatabaseSuite {
    private static final int NEW_CHILDREN = 1500;

    @Override
    protected MetaData metadata() {
        return Family.METADATA;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFailureAtEveryStatementOfTheFlushLosesNothing(Database database) {
        Engine engine = fresh(database);
        seed(engine);
        List<String> before = committedRows(engine);
        Counter counter = new Counter(Integer.MAX_VALUE);
        List<String> expected;
        try (Session session = new Session(engine)) {
            change(session);
            engine.addListener(counter);
            try {
                session.commit();
            } finally {
                engine.removeListener(counter);
            }
            expected = committedRows(engine);
        }
        int statements = counter.seen;
        assertThat(statements).as("statements of the commit").isGreaterThanOrEqualTo(8);
        assertThat(expected).isNotEqualTo(before);

        for (int position = 1; position <= statements; position++) {
            fresh(database);
            seed(engine);
            Counter injector = new Counter(position);
            try (Session session = new Session(engine)) {
                Parent p4 = change(session);
                engine.addListener(injector);
                Throwable failure;
                try {
                    failure = catchThrowable(session::commit);
                } finally {
                    engine.removeListener(injector);
                }
                String at = "failure injected at statement " + position + " of " + statements;
                assertThat(failure).as(at).isNotNull();
                assertThat(chain(failure)).as(at).contains(injector.injected);
                assertThat(committedRows(engine)).as(at).isEqualTo(before);
                assertThat(catchThrowable(session::commit)).as(at).isInstanceOf(PendingRollbackException.class);

                session.rollback();

                assertThat(session.contains(p4)).as(at).isFalse();
                assertThat(p4.id).as(at).isNull();
                assertThat(p4.children).as(at).hasSize(NEW_CHILDREN)
                        .allSatisfy(child -> assertThat(child.id).isNull());
                assertThat(sessionRows(session)).as(at + ": the objects after rollback").isEqualTo(before);

                change(session);
                session.commit();
                assertThat(committedRows(engine)).as(at + ": redone").isEqualTo(expected);
            }
        }
    }

    /** The seed: p1 (c1, c2), p2 (c3), p3 (c4, c5); tags red and blue. */
    private static void seed(Engine engine) {
        try (Session session = new Session(engine)) {
            session.addAll(List.of(
                    new Parent("p1", new Child("c1"), new Child("c2")),
                    new Parent("p2", new Child("c3")),
                    new Parent("p3", new Child("c4"), new Child("c5")),
                    new Tag("red", "Red"), new Tag("blue", "Blue")));
            session.commit();
        }
    }

    /** Renames p1, moves c1 to p2, orphans c2, deletes p3, re-keys red, relabels blue, adds p4 with many children and a tag. */
    private static Parent change(Session session) {
        Parent p1 = byName(session, "p1");
        Parent p2 = byName(session, "p2");
        Parent p3 = byName(session, "p3");
        Tag red = session.get(Tag.class, "red");
        Tag blue = session.get(Tag.class, "blue");
        Child c1 = p1.children.get(0);
        Child c2 = p1.children.get(1);
        assertThat(p2.children).hasSize(1);
        assertThat(p3.children).hasSize(2);

        p1.name = "p1x";
        c1.parent = p2;
        p1.children.remove(c2);
        session.delete(p3);
        red.code = "crimson";
        blue.label = "Navy";
        Parent p4 = new Parent("p4");
        for (int i = 0; i < NEW_CHILDREN; i++) {
            p4.children.add(new Child("n" + i));
        }
        session.add(p4);
        session.add(new Tag("green", "Green"));
        return p4;
    }

    private static Parent byName(Session session, String name) {
        return session.query(Parent.class).filter(PARENTS.c("name").eq(name)).one();
    }

    /** Parents with their children, then tags, as committed. */
    private static List<String> committedRows(Engine engine) {
        List<String> rows = new ArrayList<>(FailedFlushTest.committed(engine));
        rows.addAll(strings(rows(engine, select(TAGS.c("code"), TAGS.c("label")).orderBy(TAGS.c("code")))));
        return rows;
    }

    /** The same, read through the session's objects. */
    private static List<String> sessionRows(Session session) {
        List<String> rows = new ArrayList<>();
        for (Parent parent : session.query(Parent.class).orderBy(PARENTS.c("name")).all()) {
            List<String> names = new ArrayList<>();
            parent.children.forEach(child -> names.add(child.name));
            names.sort(null);
            rows.add(parent.name + ":" + String.join(",", names));
        }
        for (Tag tag : session.query(Tag.class).orderBy(TAGS.c("code")).all()) {
            rows.add(tag.code + "/" + tag.label);
        }
        return rows;
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** Counts statements, and fails the one at {@code failAt} before it is sent. */
    private static final class Counter implements ExecutionListener {
        private final int failAt;
        int seen;
        RuntimeException injected;

        Counter(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public void onStatement(io.junction.engine.ExecutedStatement statement) {
            seen++;
            if (seen == failAt) {
                injected = new IllegalStateException("injected failure before: " + statement.sql());
                throw injected;
            }
        }
    }
}
