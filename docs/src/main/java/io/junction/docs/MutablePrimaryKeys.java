package io.junction.docs;

import io.junction.engine.Engine;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.ReferentialAction;
import io.junction.sql.schema.Table;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import static io.junction.orm.relationship.Relationship.relationship;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/** The seed's "Mutable Primary Keys / Update Cascades": natural keys that change. */
final class MutablePrimaryKeys implements Section {

    @Mapped
    static class User {
        String username;
        String fullname;
        List<Address> addresses = new ArrayList<>();
    }

    @Mapped
    static class Address {
        String email;
        String username;
    }

    @Override
    public String name() {
        return "mutable-primary-keys";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        // tag::mapping[]
        MetaData metadata = new MetaData();
        Table users = metadata.table("users",
                column("username", string(50)).primaryKey(),
                column("fullname", string(100)));
        Table addresses = metadata.table("addresses",
                column("email", string(50)).primaryKey(),
                column("username", string(50)).foreignKey("users.username", ReferentialAction.CASCADE, null));

        Registry registry = new Registry(metadata);
        // passiveUpdates(false) *only* needed if the database does not implement ON UPDATE CASCADE
        registry.map(User.class, users, relationship("addresses", Address.class).passiveUpdates(false));
        registry.map(Address.class, addresses);
        // end::mapping[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
            // tag::use[]
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
            // end::use[]
        }
        metadata.dropAll(engine);
        registry.dispose();
    }
}
