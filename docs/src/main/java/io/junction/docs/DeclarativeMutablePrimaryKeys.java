package io.junction.docs;

import io.junction.declarative.Action;
import io.junction.declarative.Column;
import io.junction.declarative.DeclarativeBase;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Relationship;
import io.junction.declarative.Table;
import io.junction.engine.Engine;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The seed's "Mutable Primary Keys / Update Cascades", declarative: natural keys that change. */
final class DeclarativeMutablePrimaryKeys implements Section {

    abstract static class Base extends DeclarativeBase {
    }

    // tag::mapping[]
    @Table("users")
    static class User extends Base {
        @Column(primaryKey = true, length = 50) String username;
        @Column(length = 100) String fullname;
        // passiveUpdates = false *only* needed if the database does not implement ON UPDATE CASCADE
        @Relationship(passiveUpdates = false) List<Address> addresses = new ArrayList<>();
    }

    @Table("addresses")
    static class Address extends Base {
        @Column(primaryKey = true, length = 50) String email;
        @Column(length = 50) @ForeignKey(value = "users.username", onUpdate = Action.CASCADE) String username;
    }
    // end::mapping[]

    @Override
    public String name() {
        return "mutable-primary-keys";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        MetaData metadata = DeclarativeBase.metadata(Base.class);
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
            User jack = new User();
            jack.username = "jack";
            Address address = new Address();
            address.email = "jack@example.com";
            jack.addresses.add(address);
            session.add(jack);
            session.commit();
            jack.username = "ed";
            session.commit();      // UPDATE users, then UPDATE addresses with the new key
            out.println("address " + address.email + " now belongs to " + address.username);
        }
        metadata.dropAll(engine);
    }
}
