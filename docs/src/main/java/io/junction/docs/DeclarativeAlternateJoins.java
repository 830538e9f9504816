package io.junction.docs;

import io.junction.declarative.Column;
import io.junction.declarative.DeclarativeBase;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.engine.Engine;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.column;

/**
 * The seed's "Specifying Alternate Join Conditions", declarative: the conditions are strings over
 * {@code Class.field} (or {@code table.column}), as the four classical sections. Each section has
 * its own base, since each maps {@code User} its own way; {@code addresses.user_id} has no foreign key.
 */
final class DeclarativeAlternateJoins {

    private DeclarativeAlternateJoins() {
    }

    static List<Section> sections() {
        return List.of(new AlternateJoin(), new ForeignKeys(), new Viewonly(), new MultipleRelationships());
    }

    private abstract static class Example implements Section {
        private final Class<? extends DeclarativeBase> base;

        Example(Class<? extends DeclarativeBase> base) {
            this.base = base;
        }

        @Override
        public void run(Engine engine, PrintStream out) {
            MetaData metadata = DeclarativeBase.metadata(base);
            metadata.dropAll(engine);
            metadata.createAll(engine);
            try (Session session = new Session(engine)) {
                use(session, out);
            } finally {
                metadata.dropAll(engine);
            }
        }

        abstract void use(Session session, PrintStream out);
    }

    static final class AlternateJoin extends Example {
        abstract static class Base extends DeclarativeBase {
            static final io.junction.sql.schema.Table USERKEYWORDS = metadata(Base.class).table("userkeywords",
                    column("user_id", INTEGER).foreignKey("users.user_id"),
                    column("keyword_id", INTEGER).foreignKey("keywords.keyword_id"));
        }

        // tag::alternate-join[]
        @Table("users")
        static class User extends Base {
            @Column(primaryKey = true) Integer userId;
            @Column(length = 50) String name;
            @Relationship(primaryJoin = "User.userId == Address.userId and Address.city == 'Boston'",
                    foreignKeys = "Address.userId")
            List<Address> bostonAddresses = new ArrayList<>();
            @Relationship(secondary = "userkeywords",
                    primaryJoin = "User.userId == userkeywords.user_id",
                    secondaryJoin = "userkeywords.keyword_id == Keyword.keywordId")
            List<Keyword> keywords = new ArrayList<>();
        }
        // end::alternate-join[]

        @Table("addresses")
        static class Address extends Base {
            @Column(primaryKey = true) Integer addressId;
            @Column Integer userId;
            @Column(length = 50) String street;
            @Column(length = 50) String city;

            @Override
            public String toString() {
                return street + ", " + city;
            }
        }

        @Table("keywords")
        static class Keyword extends Base {
            @Column(primaryKey = true) Integer keywordId;
            @Column(length = 50) String keyword;
        }

        AlternateJoin() {
            super(Base.class);
        }

        @Override
        public String name() {
            return "alternate-join";
        }

        @Override
        void use(Session session, PrintStream out) {
            User ed = new User();
            ed.name = "ed";
            Address address = new Address();
            address.street = "1 Beacon St";
            address.city = "Boston";
            ed.bostonAddresses.add(address);
            Keyword keyword = new Keyword();
            keyword.keyword = "blue";
            ed.keywords.add(keyword);
            session.add(ed);
            session.commit();
            out.println("ed's Boston addresses: " + ed.bostonAddresses);
        }
    }

    static final class ForeignKeys extends Example {
        abstract static class Base extends DeclarativeBase {
        }

        // tag::foreign-keys[]
        @Table("users")
        static class User extends Base {
            @Column(primaryKey = true) Integer userId;
            @Column(length = 50) String name;
            @Relationship(primaryJoin = "User.userId == Address.userId", foreignKeys = "Address.userId")
            List<Address> addresses = new ArrayList<>();
        }
        // end::foreign-keys[]

        @Table("addresses")
        static class Address extends Base {
            @Column(primaryKey = true) Integer addressId;
            @Column Integer userId;
            @Column(length = 50) String street;
            @Column(length = 50) String city;

            @Override
            public String toString() {
                return street + ", " + city;
            }
        }

        ForeignKeys() {
            super(Base.class);
        }

        @Override
        public String name() {
            return "foreign-keys";
        }

        @Override
        void use(Session session, PrintStream out) {
            User ed = new User();
            Address address = new Address();
            address.street = "1 Beacon St";
            address.city = "Boston";
            ed.addresses.add(address);
            session.add(ed);
            session.commit();
            out.println("ed's addresses: " + ed.addresses);
        }
    }

    static final class Viewonly extends Example {
        abstract static class Base extends DeclarativeBase {
        }

        // tag::viewonly[]
        @Table("users")
        static class User extends Base {
            @Column(primaryKey = true) Integer userId;
            @Column(length = 50) String name;
            @Relationship(primaryJoin = "User.userId == Address.userId and Address.city == 'Boston'",
                    foreignKeys = "Address.userId")
            List<Address> bostonAddresses = new ArrayList<>();
            @Relationship(primaryJoin = "User.userId == Address.userId", foreignKeys = "Address.userId", viewonly = true)
            List<Address> addresses = new ArrayList<>();

            /** A query-enabled property: the user's addresses in one city, queried each time it is read. */
            List<Address> addressesIn(String city) {
                return Session.objectSession(this).query(Address.class)
                        .withParent(this, "addresses")
                        .filterBy("city", city)
                        .all();
            }
        }
        // end::viewonly[]

        @Table("addresses")
        static class Address extends Base {
            @Column(primaryKey = true) Integer addressId;
            @Column Integer userId;
            @Column(length = 50) String street;
            @Column(length = 50) String city;

            @Override
            public String toString() {
                return street + ", " + city;
            }
        }

        Viewonly() {
            super(Base.class);
        }

        @Override
        public String name() {
            return "viewonly";
        }

        @Override
        void use(Session session, PrintStream out) {
            User ed = new User();
            Address address = new Address();
            address.street = "1 Beacon St";
            address.city = "Boston";
            ed.bostonAddresses.add(address);
            session.add(ed);
            session.commit();
            ed.addresses.clear();
            session.commit();      // no SQL: the viewonly collection is never written
            session.expire(ed);
            out.println("ed's addresses, reloaded: " + ed.addresses);
            out.println("ed's addresses in Boston, queried: " + ed.addressesIn("Boston"));
        }
    }

    static final class MultipleRelationships extends Example {
        abstract static class Base extends DeclarativeBase {
        }

        // tag::multiple-relationships[]
        @Table("users")
        static class User extends Base {
            @Column(primaryKey = true) Integer userId;
            @Column(length = 50) String name;
            @Relationship(primaryJoin = "User.userId == Address.userId and Address.city == 'Boston'",
                    foreignKeys = "Address.userId")
            List<Address> bostonAddresses = new ArrayList<>();
            @Relationship(primaryJoin = "User.userId == Address.userId and Address.city == 'New York'",
                    foreignKeys = "Address.userId")
            List<Address> newyorkAddresses = new ArrayList<>();
        }
        // end::multiple-relationships[]

        @Table("addresses")
        static class Address extends Base {
            @Column(primaryKey = true) Integer addressId;
            @Column Integer userId;
            @Column(length = 50) String street;
            @Column(length = 50) String city;

            @Override
            public String toString() {
                return street + ", " + city;
            }
        }

        MultipleRelationships() {
            super(Base.class);
        }

        @Override
        public String name() {
            return "multiple-relationships";
        }

        @Override
        void use(Session session, PrintStream out) {
            User ed = new User();
            Address address = new Address();
            address.street = "1 Beacon St";
            address.city = "Boston";
            ed.bostonAddresses.add(address);
            session.add(ed);
            session.commit();
            ed.bostonAddresses.remove(address);   // detaches it from ed ...
            ed.newyorkAddresses.add(address);     // ... and attaches it again, in the same flush
            address.city = "New York";
            session.commit();                     // user_id keeps ed's key
            out.println("ed's New York addresses: " + ed.newyorkAddresses + "; Boston: " + ed.bostonAddresses);
        }
    }
}
