package io.junction.it.events;

import io.junction.orm.collection.InstrumentedList;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.MappingException;
import io.junction.orm.mapper.Registry;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.mapper.Validation.validates;
import static io.junction.orm.mapper.Validation.validatesWithRemoves;
import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ported from SQLAlchemy test/orm/test_validators.py, class ValidatorTest: the validator options and
 * the mistakes refused at mapping time, in memory (no SQL is involved); the flush and load side of
 * validators is {@link EventsTest}, on H2 and PostgreSQL in both styles.
 */
class ValidatorOptionsTest {
    private final MetaData metadata = new MetaData();
    private final Table users = metadata.table("users",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)));
    private final Table addresses = metadata.table("addresses",
            column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"),
            column("email_address", string(50)));
    private final Registry registry = new Registry(metadata);
    private final List<String> calls = new ArrayList<>();

    @Mapped
    static class Person {
        Integer id;
        String name;
        List<Mail> addresses = new ArrayList<>();
    }

    @Mapped
    static class Mail {
        Integer id;
        String emailAddress;
    }

    @AfterEach
    void dispose() {
        registry.dispose();
    }

    /**
     * test_validator_w_removes: appends and removals of the collection are validated, a whole new
     * collection validates each of its members (also the one kept) before the one removed. Java has
     * no {@code del u1.name}, so that call is not ported.
     */
    @Test
    void validatesWithRemovesSeesAppendsThenRemovals() {
        registry.map(Person.class, users, relationship("addresses", Mail.class),
                validatesWithRemoves("name", (Person p, String key, String value, boolean removing) -> {
                    calls.add(key + " " + value + " " + removing);
                    return value;
                }),
                validatesWithRemoves("addresses", (Person p, String key, Mail value, boolean removing) -> {
                    calls.add(key + " " + value.emailAddress + " " + removing);
                    return value;
                }));
        registry.map(Mail.class, addresses);
        registry.configure();
        Person u1 = new Person();
        u1.name = "ed";
        u1.name = "mary";
        Mail a1 = mail("a1");
        Mail a2 = mail("a2");
        Mail a3 = mail("a3");
        u1.addresses.add(a1);
        u1.addresses.remove(a1);
        u1.addresses = new ArrayList<>(List.of(a1, a2));
        u1.addresses = new ArrayList<>(List.of(a2, a3));
        assertThat(u1.addresses).isInstanceOf(InstrumentedList.class).containsExactly(a2, a3);
        assertThat(calls).containsExactly("name ed false", "name mary false",
                "addresses a1 false", "addresses a1 true",
                "addresses a1 false", "addresses a2 false",
                "addresses a2 false", "addresses a3 false", "addresses a1 true");
    }

    /** test_validator_bulk_collection_set, with Address objects: a new collection holds what the validator returned. */
    @Test
    void aNewCollectionHoldsWhatTheValidatorReturned() {
        Mail replacement = mail("replacement");
        registry.map(Person.class, users, relationship("addresses", Mail.class),
                validates("addresses", (Person p, String key, Mail value) -> value.emailAddress.equals("e2") ? replacement : value));
        registry.map(Mail.class, addresses);
        registry.configure();
        Person u1 = new Person();
        Mail e1 = mail("e1");
        u1.addresses.add(e1);
        u1.addresses.add(mail("e2"));
        assertThat(u1.addresses).containsExactly(e1, replacement);
        Mail e3 = mail("e3");
        u1.addresses = new ArrayList<>(List.of(e3, mail("e2")));
        assertThat(u1.addresses).containsExactly(e3, replacement);
    }

    /** test_validator_multi_warning: an attribute takes one validator; a second fails at mapping time, naming both. */
    @Test
    void aSecondValidatorOfOneAttributeIsRefused() {
        assertThatThrownBy(() -> registry.map(Person.class, users,
                validates("name", (Person p, String key, String value) -> value),
                validates("name", (Person p, String key, String value) -> value)))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("Person.name has two validators");
    }

    /** A validator or listener of an attribute that is not mapped fails when the registry configures, naming it. */
    @Test
    void anUnknownAttributeIsRefusedAtConfiguration() {
        registry.map(Person.class, users, validates("nmae", (Person p, String key, String value) -> value));
        assertThatThrownBy(registry::configure).isInstanceOf(MappingException.class)
                .hasMessageContaining("Person has no mapped attribute 'nmae'").hasMessageContaining("name");
        registry.dispose();
        Registry other = new Registry(metadata);
        try {
            other.map(Person.class, users, relationship("addresses", Mail.class));
            other.map(Mail.class, addresses);
            other.events().set(Person.class, "addresses", (Person p, Object value, Object old) -> value);
            assertThatThrownBy(other::configure).isInstanceOf(MappingException.class)
                    .hasMessageContaining("Person.addresses, which is a collection");
        } finally {
            other.dispose();
        }
    }

    private static Mail mail(String address) {
        Mail mail = new Mail();
        mail.emailAddress = address;
        return mail;
    }
}
