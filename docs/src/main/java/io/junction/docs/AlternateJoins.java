package io.junction.docs;

import io.junction.engine.Engine;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.expression.Sql.and;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/**
 * The seed's "Specifying Alternate Join Conditions", as four sections over one model:
 * {@code alternate-join}, {@code foreign-keys}, {@code viewonly} and {@code multiple-relationships}.
 */
final class AlternateJoins {

    @Mapped
    static class User {
        Integer userId;
        String name;
        List<Address> addresses = new ArrayList<>();
        List<Address> bostonAddresses = new ArrayList<>();
        List<Address> newyorkAddresses = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();

        // tag::query-property[]
        /** A query-enabled property: the user's addresses in one city, queried each time it is read. */
        List<Address> addressesIn(String city) {
            return Session.objectSession(this).query(Address.class)
                    .withParent(this, "addresses")
                    .filterBy("city", city)
                    .all();
        }
        // end::query-property[]
    }


    @Mapped
    static class Address {
        Integer addressId;
        Integer userId;
        String street;
        String city;

        Address() {
        }

        Address(String street, String city) {
            this.street = street;
            this.city = city;
        }

        @Override
        public String toString() {
            return street + ", " + city;
        }
    }

    @Mapped
    static class Keyword {
        Integer keywordId;
        String keyword;
    }

    private AlternateJoins() {
    }

    static List<Section> sections() {
        return List.of(new AlternateJoin(), new ForeignKeys(), new Viewonly(), new MultipleRelationships());
    }

    /** The tables of all four sections; {@code addresses.user_id} has no foreign key constraint, as with MySQL ISAM. */
    private static final class Tables {
        final MetaData metadata = new MetaData();
        final Table users = metadata.table("users",
                column("user_id", INTEGER).primaryKey(),
                column("name", string(50)));
        final Table addresses = metadata.table("addresses",
                column("address_id", INTEGER).primaryKey(),
                column("user_id", INTEGER),
                column("street", string(50)),
                column("city", string(50)));
        final Table keywords = metadata.table("keywords",
                column("keyword_id", INTEGER).primaryKey(),
                column("keyword", string(50)));
        final Table userkeywords = metadata.table("userkeywords",
                column("user_id", INTEGER).foreignKey("users.user_id"),
                column("keyword_id", INTEGER).foreignKey("keywords.keyword_id"));
    }

    private abstract static class Base implements Section {
        @Override
        public void run(Engine engine, PrintStream out) {
            Tables t = new Tables();
            Registry registry = new Registry(t.metadata);
            registry.map(Address.class, t.addresses);
            registry.map(Keyword.class, t.keywords);
            map(registry, t);
            t.metadata.dropAll(engine);
            t.metadata.createAll(engine);
            try (Session session = new Session(engine)) {
                use(session, out);
            } finally {
                t.metadata.dropAll(engine);
                registry.dispose();
            }
        }

        abstract void map(Registry registry, Tables t);

        abstract void use(Session session, PrintStream out);
    }

    /** {@code bostonAddresses}: a primaryJoin with an extra criterion; and a many-to-many with explicit joins. */
    static final class AlternateJoin extends Base {
        @Override
        public String name() {
            return "alternate-join";
        }

        @Override
        void map(Registry registry, Tables t) {
            Table users = t.users;
            Table addresses = t.addresses;
            Table userkeywords = t.userkeywords;
            Table keywords = t.keywords;
            // tag::alternate-join[]
            registry.map(User.class, users,
                    relationship("bostonAddresses", Address.class).primaryJoin(
                            and(users.c("user_id").eq(addresses.c("user_id")), addresses.c("city").eq("Boston")))
                            .foreignKeys(addresses.c("user_id")),
                    relationship("keywords", Keyword.class).secondary(userkeywords)
                            .primaryJoin(users.c("user_id").eq(userkeywords.c("user_id")))
                            .secondaryJoin(userkeywords.c("keyword_id").eq(keywords.c("keyword_id"))));
            // end::alternate-join[]
        }

        @Override
        void use(Session session, PrintStream out) {
            User ed = new User();
            ed.name = "ed";
            ed.bostonAddresses.add(new Address("1 Beacon St", "Boston"));
            Keyword keyword = new Keyword();
            keyword.keyword = "blue";
            ed.keywords.add(keyword);
            session.add(ed);
            session.commit();
            out.println("ed's Boston addresses: " + ed.bostonAddresses);
        }
    }

    /** {@code addresses}: a join on columns without a foreign key constraint, named with foreignKeys. */
    static final class ForeignKeys extends Base {
        @Override
        public String name() {
            return "foreign-keys";
        }

        @Override
        void map(Registry registry, Tables t) {
            Table users = t.users;
            Table addresses = t.addresses;
            // tag::foreign-keys[]
            registry.map(User.class, users,
                    relationship("addresses", Address.class)
                            .primaryJoin(users.c("user_id").eq(addresses.c("user_id")))
                            .foreignKeys(addresses.c("user_id")));
            // end::foreign-keys[]
        }

        @Override
        void use(Session session, PrintStream out) {
            User ed = new User();
            ed.addresses.add(new Address("1 Beacon St", "Boston"));
            session.add(ed);
            session.commit();
            out.println("ed's addresses: " + ed.addresses);
        }
    }

    /** A viewonly relationship loads but is never written. */
    static final class Viewonly extends Base {
        @Override
        public String name() {
            return "viewonly";
        }

        @Override
        void map(Registry registry, Tables t) {
            Table users = t.users;
            Table addresses = t.addresses;
            // tag::viewonly[]
            registry.map(User.class, users,
                    relationship("bostonAddresses", Address.class)
                            .primaryJoin(and(users.c("user_id").eq(addresses.c("user_id")), addresses.c("city").eq("Boston")))
                            .foreignKeys(addresses.c("user_id")),
                    relationship("addresses", Address.class)
                            .primaryJoin(users.c("user_id").eq(addresses.c("user_id")))
                            .foreignKeys(addresses.c("user_id"))
                            .viewonly(true));
            // end::viewonly[]
        }

        @Override
        void use(Session session, PrintStream out) {
            User ed = new User();
            ed.bostonAddresses.add(new Address("1 Beacon St", "Boston"));
            session.add(ed);
            session.commit();
            ed.addresses.clear();
            session.commit();      // no SQL: the viewonly collection is never written
            session.expire(ed);
            out.println("ed's addresses, reloaded: " + ed.addresses);
            out.println("ed's addresses in Boston, queried: " + ed.addressesIn("Boston"));
        }
    }

    /** Two relationships to one target with different criteria, both writable. */
    static final class MultipleRelationships extends Base {
        @Override
        public String name() {
            return "multiple-relationships";
        }

        @Override
        void map(Registry registry, Tables t) {
            Table users = t.users;
            Table addresses = t.addresses;
            // tag::multiple-relationships[]
            registry.map(User.class, users,
                    relationship("bostonAddresses", Address.class).primaryJoin(
                            and(users.c("user_id").eq(addresses.c("user_id")), addresses.c("city").eq("Boston")))
                            .foreignKeys(addresses.c("user_id")),
                    relationship("newyorkAddresses", Address.class).primaryJoin(
                            and(users.c("user_id").eq(addresses.c("user_id")), addresses.c("city").eq("New York")))
                            .foreignKeys(addresses.c("user_id")));
            // end::multiple-relationships[]
        }

        @Override
        void use(Session session, PrintStream out) {
            // tag::move[]
            User ed = new User();
            Address address = new Address("1 Beacon St", "Boston");
            ed.bostonAddresses.add(address);
            session.add(ed);
            session.commit();

            ed.bostonAddresses.remove(address);   // detaches it from ed ...
            ed.newyorkAddresses.add(address);     // ... and attaches it again, in the same flush
            address.city = "New York";
            session.commit();                     // user_id keeps ed's key
            // end::move[]
            out.println("ed's New York addresses: " + ed.newyorkAddresses + "; Boston: " + ed.bostonAddresses);
        }
    }
}
