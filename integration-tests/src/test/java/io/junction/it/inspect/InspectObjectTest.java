package io.junction.it.inspect;

import io.junction.engine.Engine;
import io.junction.it.model.Family.Child;
import io.junction.it.model.Family.Parent;
import io.junction.it.support.Database;
import io.junction.it.support.DatabaseSuite;
import io.junction.it.support.SqlLog;
import io.junction.orm.inspect.AttributeHistory;
import io.junction.orm.inspect.Junction;
import io.junction.orm.inspect.ObjectStatus;
import io.junction.orm.inspect.ObjectView;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;

import static io.junction.it.model.Family.METADATA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code Junction.inspect(object)}: status, identity, session, loaded and unloaded attributes and
 * history, as SQLAlchemy's {@code inspect(obj)} reports them (test/orm/test_inspect.py and
 * test_session.py's state tests), read without SQL.
 */
class InspectObjectTest extends DatabaseSuite {
    @Override
    protected MetaData metadata() {
        return METADATA;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void statusFollowsTheObjectThroughItsLifeAsSqlalchemysDoes(Database database) {
        Engine engine = fresh(database);
        Parent p = new Parent("p1");
        ObjectView view = Junction.inspect(p);
        assertThat(view.status()).isEqualTo(ObjectStatus.TRANSIENT);
        assertThat(view.isTransient()).isTrue();
        assertThat(view.session()).isNull();
        assertThat(view.identity()).isNull();
        assertThat(view.hasIdentity()).isFalse();
        assertThat(view.mappedClass()).isEqualTo(Parent.class);
        assertThat(view.object()).isSameAs(p);

        try (Session session = new Session(engine)) {
            session.add(p);
            view = Junction.inspect(p);
            assertThat(view.status()).isEqualTo(ObjectStatus.PENDING);
            assertThat(view.session()).isSameAs(session);
            assertThat(view.identity()).isNull();

            session.flush();
            Integer id = p.id;
            view = Junction.inspect(p);
            assertThat(view.status()).isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(view.identity()).containsExactly(id);

            session.commit();
            assertThat(Junction.inspect(p).status()).isEqualTo(ObjectStatus.PERSISTENT);

            session.delete(p);
            view = Junction.inspect(p);
            assertThat(view.status()).as("marked for deletion, not yet flushed: still persistent")
                    .isEqualTo(ObjectStatus.PERSISTENT);
            assertThat(view.markedForDeletion()).isTrue();
            assertThat(view.session()).isSameAs(session);

            session.flush();
            view = Junction.inspect(p);
            assertThat(view.status()).isEqualTo(ObjectStatus.DELETED);
            assertThat(view.isDeleted()).isTrue();
            assertThat(view.markedForDeletion()).isFalse();
            assertThat(view.session()).as("a deleted object stays in its session until the transaction ends")
                    .isSameAs(session);
            assertThat(view.identity()).containsExactly(id);

            session.rollback();
            assertThat(Junction.inspect(p).status()).as("rollback undoes the deletion").isEqualTo(ObjectStatus.PERSISTENT);

            session.delete(p);
            session.commit();
            view = Junction.inspect(p);
            assertThat(view.status()).as("a committed deletion detaches").isEqualTo(ObjectStatus.DETACHED);
            assertThat(view.session()).isNull();
            assertThat(view.identity()).as("a detached object keeps its identity").containsExactly(id);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void expungeAndCloseDetachAndRollbackOfAnInsertMakesTransient(Database database) {
        Engine engine = fresh(database);
        Parent kept = new Parent("kept");
        Parent added = new Parent("added");
        try (Session session = new Session(engine)) {
            session.add(kept);
            session.commit();
            session.add(added);
            session.flush();
            assertThat(Junction.inspect(added).status()).isEqualTo(ObjectStatus.PERSISTENT);
            session.rollback();
            assertThat(Junction.inspect(added).status()).isEqualTo(ObjectStatus.TRANSIENT);
            assertThat(Junction.inspect(added).identity()).isNull();

            Parent loaded = session.get(Parent.class, kept.id);
            session.expunge(loaded);
            assertThat(Junction.inspect(loaded).status()).isEqualTo(ObjectStatus.DETACHED);
            assertThat(Junction.inspect(loaded).isDetached()).isTrue();
            session.add(loaded);
            assertThat(Junction.inspect(loaded).status()).isEqualTo(ObjectStatus.PERSISTENT);
        }
        assertThat(Junction.inspect(kept).status()).as("closing the session").isEqualTo(ObjectStatus.DETACHED);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    @SuppressWarnings("unchecked")
    void loadedAndUnloadedAttributesAreReadWithoutSql(Database database) {
        Engine engine = fresh(database);
        Integer parentId;
        try (Session session = new Session(engine)) {
            Parent p = new Parent("p1");
            p.children.add(new Child("c1"));
            session.add(p);
            session.commit();
            parentId = p.id;
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p = session.get(Parent.class, parentId);
            log.clear();
            ObjectView view = Junction.inspect(p);
            assertThat(view.loadedAttributes()).containsExactly("id", "name");
            assertThat(view.unloadedAttributes()).containsExactly("children");
            assertThat(view.attribute("children").loaded()).isFalse();
            assertThat(view.attribute("children").value()).isNull();
            assertThat(view.history("children")).isEqualTo(AttributeHistory.EMPTY);
            assertThat(view.attribute("name").value()).isEqualTo("p1");
            assertThat(log.count()).as("inspect runs no SQL").isZero();

            assertThat(p.children).hasSize(1);
            view = Junction.inspect(p);
            assertThat(view.unloadedAttributes()).isEmpty();
            assertThat((List<Object>) view.attribute("children").value()).containsExactly(p.children.get(0));

            session.expire(p, "name");
            log.clear();
            view = Junction.inspect(p);
            assertThat(view.unloadedAttributes()).containsExactly("name");
            assertThat(view.history("name")).as("an expired attribute has no history unless changed")
                    .isEqualTo(AttributeHistory.EMPTY);
            assertThat(log.count()).isZero();

            session.expire(p);
            view = Junction.inspect(p);
            assertThat(view.unloadedAttributes()).containsExactlyInAnyOrder("id", "name", "children");
            assertThat(log.count()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void historyOfScalarsReferencesAndCollections(Database database) {
        Engine engine = fresh(database);
        try (Session session = new Session(engine)) {
            Parent p1 = new Parent("p1");
            Parent p2 = new Parent("p2");
            Child c1 = new Child("c1");
            Child c2 = new Child("c2");
            p1.children.add(c1);
            p1.children.add(c2);
            session.add(p1);
            session.add(p2);

            ObjectView pending = Junction.inspect(p1);
            assertThat(pending.history("name").added()).containsExactly("p1");
            assertThat(pending.history("children").added()).containsExactly(c1, c2);
            session.commit();
            ObjectView expired = Junction.inspect(p1);
            assertThat(expired.unloadedAttributes()).as("expired on commit").contains("name", "children");
            assertThat(expired.history("name")).isEqualTo(AttributeHistory.EMPTY);

            assertThat(p1.name).isEqualTo("p1");
            assertThat(p1.children).hasSize(2);
            ObjectView clean = Junction.inspect(p1);
            assertThat(clean.history("name")).isEqualTo(new AttributeHistory(List.of(), List.of("p1"), List.of()));
            assertThat(clean.history("children").unchanged()).containsExactly(c1, c2);
            assertThat(clean.history("children").hasChanges()).isFalse();

            p1.name = "renamed";
            p1.children.remove(c2);
            Child c3 = new Child("c3");
            p1.children.add(c3);
            ObjectView changed = Junction.inspect(p1);
            assertThat(changed.modified()).isTrue();
            assertThat(changed.history("name")).isEqualTo(new AttributeHistory(List.of("renamed"), List.of(), List.of("p1")));
            assertThat(changed.history("children").added()).containsExactly(c3);
            assertThat(changed.history("children").unchanged()).containsExactly(c1);
            assertThat(changed.history("children").deleted()).containsExactly(c2);

            assertThat(c1.parent).isSameAs(p1);
            c1.parent = p2;
            AttributeHistory parent = Junction.inspect(c1).history("parent");
            assertThat(parent.added()).containsExactly(p2);
            assertThat(parent.deleted()).containsExactly(p1);

            assertThat(c1.name).isEqualTo("c1");
            c1.name = null;
            assertThat(Junction.inspect(c1).history("name")).as("set to null")
                    .isEqualTo(new AttributeHistory(Arrays.asList((Object) null), List.of(), List.of("c1")));

            session.flush();
            assertThat(Junction.inspect(p1).history("name").hasChanges()).as("a flush makes every change committed").isFalse();
            assertThat(Junction.inspect(p1).modified()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aBackrefAppendToAnUnloadedCollectionShowsAsAddedWithoutLoadingIt(Database database) {
        Engine engine = fresh(database);
        Integer parentId;
        try (Session session = new Session(engine)) {
            Parent p = new Parent("p1");
            p.children.add(new Child("c1"));
            session.add(p);
            session.commit();
            parentId = p.id;
        }
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            Parent p = session.get(Parent.class, parentId);
            Child c2 = new Child("c2");
            log.clear();
            c2.parent = p;
            ObjectView view = Junction.inspect(p);
            assertThat(view.unloadedAttributes()).contains("children");
            assertThat(view.history("children").added()).containsExactly(c2);
            assertThat(view.history("children").unchanged()).isEmpty();
            assertThat(log.count()).as("neither the backref nor inspect loads the collection").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anUnmappedObjectOrAnUnknownAttributeIsRefused(Database database) {
        fresh(database);
        assertThatThrownBy(() -> Junction.inspect(new Object())).isInstanceOf(RuntimeException.class)
                .hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> Junction.inspect(new Parent("p")).attribute("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'").hasMessageContaining("children");
        assertThatThrownBy(() -> Junction.inspect((Object) Parent.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
