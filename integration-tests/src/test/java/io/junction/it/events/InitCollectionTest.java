package io.junction.it.events;

import io.junction.engine.Engine;
import io.junction.it.support.Database;
import io.junction.it.support.SqlLog;
import io.junction.it.support.Style;
import io.junction.it.support.StyledMapping;
import io.junction.it.support.StyledSuite;
import io.junction.orm.mapper.MappingException;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The init_collection attribute event on {@code User.addresses} (registered in
 * {@link EventsTest}), on H2 and PostgreSQL in both styles: a new object's collection, a
 * collection user code assigns, and a loaded one. Ported from SQLAlchemy
 * test/orm/test_attributes.py, class ListenerTest, {@code test_collection_link_events} (its
 * init half; Junction has no dispose_collection) and from attributes.py, which fires it in
 * {@code _initialize_collection} for an empty attribute, {@code set} and {@code set_committed_value}.
 */
class InitCollectionTest extends StyledSuite {

    @Override
    protected StyledMapping mapping() {
        return EventsTest.MAPPING;
    }

    @BeforeEach
    void clear() {
        Recorder.clear();
    }

    /**
     * test_collection_link_events: a new object's collection fires init once it exists; appending
     * fires nothing more; assigning a list fires init for the new collection, which the field holds.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void aNewCollectionAndAnAssignedOneFireInit(Style style, Database database) {
        fresh(style, database);
        User u1 = new User();
        u1.name = "u1";
        assertThat(u1.addresses).isEmpty();
        // the field initializer is an assignment: the collection made with the object's state, then the one
        // that replaces it with the assigned (empty) list, both before the constructor set the name
        assertThat(Recorder.INITS).containsExactly("null []", "null []");
        assertThat(Recorder.COLLECTIONS.get(1)).isSameAs(u1.addresses);
        u1.addresses.add(new Address("a1@x"));
        assertThat(Recorder.INITS).hasSize(2);
        u1.addresses = new ArrayList<>(List.of(new Address("a2@x")));
        assertThat(Recorder.INITS).containsExactly("null []", "null []", "u1 [a2@x]");
        assertThat(Recorder.COLLECTIONS.get(2)).isSameAs(u1.addresses).isNotSameAs(Recorder.COLLECTIONS.get(1));
    }

    /** set_committed_value: a collection loaded by its lazy load fires init with the loaded members. */
    @ParameterizedTest
    @MethodSource("cases")
    void aLoadedCollectionFiresInit(Style style, Database database) {
        Engine engine = fresh(style, database);
        SqlLog log = new SqlLog(engine);
        try (Session session = new Session(engine)) {
            User u1 = new User("u1");
            u1.addresses.add(new Address("a1@x"));
            u1.addresses.add(new Address("a2@x"));
            session.add(u1);
            session.commit();
        }
        Recorder.clear();
        try (Session session = new Session(engine)) {
            log.clear();
            User u1 = session.get(User.class, 1);
            assertThat(Recorder.INITS).isEmpty();
            assertThat(u1.addresses).hasSize(2);
            assertThat(log.verbs()).containsExactly("SELECT users", "SELECT addresses");
            assertThat(Recorder.INITS).containsExactly("u1 [a1@x, a2@x]");
            assertThat(Recorder.COLLECTIONS).containsExactly(u1.addresses);
        }
    }

    /** An init_collection listener on an attribute that is not a collection fails when the registry configures. */
    @Test
    void initCollectionOnAScalarIsRefusedAtConfiguration() {
        MetaData metadata = new MetaData();
        Table users = metadata.table("users", column("id", INTEGER).primaryKey(), column("name", string(30)));
        Table addresses = metadata.table("addresses", column("id", INTEGER).primaryKey(),
                column("user_id", INTEGER).foreignKey("users.id"), column("email_address", string(50)));
        Registry registry = new Registry(metadata);
        try {
            registry.map(ValidatorOptionsTest.Person.class, users, relationship("addresses", ValidatorOptionsTest.Mail.class));
            registry.map(ValidatorOptionsTest.Mail.class, addresses);
            registry.events().initCollection(ValidatorOptionsTest.Person.class, "name", (p, c) -> { });
            assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                    .hasMessageContaining("init_collection listener was registered for Person.name")
                    .hasMessageContaining("not a collection");
        } finally {
            registry.dispose();
        }
    }
}
