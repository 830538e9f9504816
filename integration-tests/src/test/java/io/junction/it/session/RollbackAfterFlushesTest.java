package io.junction.it.session;

import io.junction.engine.Engine;
import io.junction.it.model.Family.Child;
import io.junction.it.model.Family.Parent;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.junction.it.model.Family.CHILDREN;
import static io.junction.it.model.Family.METADATA;
import static io.junction.it.model.Family.PARENTS;
import static io.junction.sql.expression.Sql.select;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rollback()} after several flushes of one transaction puts the session back as it was at
 * the transaction's start, whatever the flushes did to an object in turn (as SQLAlchemy's
 * test/orm/test_transaction.py, RollbackRecoverTest and AutoExpireTest).
 */
class RollbackAfterFlushesTest extends DatabaseSuite {
    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anObjectInsertedAndDeletedInOneTransactionIsTransientAfterRollback(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Parent p = new Parent("p1");
            p.children.add(new Child("c1"));
            session.add(p);
            session.flush();
            session.delete(p);
            session.flush();

            session.rollback();

            assertThat(session.contains(p)).isFalse();
            assertThat(session.contains(p.children.get(0))).isFalse();
            session.add(new Parent("p2"));
            session.commit();
        }
        assertThat(strings(rows(engine, select(PARENTS.c("name"))))).containsExactly("p2");
        assertThat(rows(engine, select(CHILDREN.c("name")))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aPersistentObjectDeletedAndReplacedByARowSwitchComesBackAfterRollback(Database database) {
        Engine engine = fresh(database);
        int id;
        try (Session session = new Session(engine)) {
            Parent p = new Parent("old");
            session.add(p);
            session.commit();
            id = p.id;
        }
        try (Session session = new Session(engine)) {
            Parent old = session.get(Parent.class, id);
            session.delete(old);
            Parent replacement = new Parent("new");
            replacement.id = id;
            session.add(replacement);
            session.flush();
            assertThat(session.contains(old)).isFalse();
            assertThat(session.get(Parent.class, id)).isSameAs(replacement);

            session.rollback();

            assertThat(session.contains(replacement)).isFalse();
            assertThat(session.contains(old)).isTrue();
            assertThat(session.get(Parent.class, id)).isSameAs(old);
            assertThat(old.name).as("reloaded after the rollback").isEqualTo("old");
        }
        assertThat(strings(rows(engine, select(PARENTS.c("id"), PARENTS.c("name"))))).containsExactly(id + "/old");
    }
}
