package io.junction.it.session;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.select;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rollback()} after several flushes of one transaction puts the session back as it was at
 * the transaction's start, whatever the flushes did to an object in turn (as SQLAlchemy's
 * test/orm/test_transaction.py, RollbackRecoverTest and AutoExpireTest).
 */
class RollbackAfterFlushesTest extends DatabaseSuite {
    static final MetaData METADATA = new MetaData();
    static final Table PARENTS = METADATA.table("parents",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    static final Table CHILDREN = METADATA.table("children",
            column("id", INTEGER).primaryKey(),
            column("parent_id", INTEGER).foreignKey("parents.id"),
            column("name", string(30)));
    static final Registry REGISTRY = new Registry(METADATA);

    @Mapped
    static class Parent {
        Integer id;
        String name;
        List<Child> children = new ArrayList<>();

        Parent() {
        }

        Parent(String name) {
            this.name = name;
        }
    }

    @Mapped
    static class Child {
        Integer id;
        String name;
        Parent parent;

        Child() {
        }

        Child(String name) {
            this.name = name;
        }
    }

    static {
        REGISTRY.map(Child.class, CHILDREN);
        REGISTRY.map(Parent.class, PARENTS,
                relationship("children", Child.class).cascade("all, delete-orphan").backref("parent"));
        REGISTRY.configure();
    }

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
