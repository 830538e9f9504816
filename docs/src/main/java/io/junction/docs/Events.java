package io.junction.docs;

import io.junction.engine.Connection;
import io.junction.engine.Engine;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.junction.orm.mapper.Validation.validates;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.TIMESTAMP;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.string;

/**
 * Events and validators (docs/events.md): a validator that lower-cases an account's email and refuses
 * one without an {@code @}, a before-insert listener that stamps the row's creation time, and a set
 * listener that hears each change of the email with its old value.
 */
final class Events implements Section {

    @Mapped
    static class Account {
        Integer id;
        String email;
        LocalDateTime createdAt;

        /** Stores the email in lower case; refuses one without an {@code @}. */
        String validateEmail(String key, String value) {
            if (!value.contains("@")) {
                throw new IllegalArgumentException("not an email address: " + value);
            }
            return value.toLowerCase(Locale.ROOT);
        }

        void stampCreation(Connection connection) {
            createdAt = LocalDateTime.now();
        }
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        List<String> changes = new ArrayList<>();
        // tag::mapping[]
        MetaData metadata = new MetaData();
        Table accounts = metadata.table("accounts",
                column("id", INTEGER).primaryKey(),
                column("email", string(50)),
                column("created_at", TIMESTAMP));

        Registry registry = new Registry(metadata);
        registry.map(Account.class, accounts,
                validates("email", (Account account, String key, String value) -> account.validateEmail(key, value)));
        registry.events()
                .beforeInsert(Account.class, Account::stampCreation)
                .set(Account.class, "email", (Account account, String value, String old) -> {
                    changes.add(old + " -> " + value);
                    return value;
                });
        // end::mapping[]
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try (Session session = new Session(engine)) {
            Account account = new Account();
            account.email = "Ed@Example.com";
            try {
                account.email = "nobody";
            } catch (IllegalArgumentException refused) {
                out.println("-- refused: " + refused.getMessage());
            }
            session.add(account);
            session.commit();
            out.println("-- stored: " + account.email + ", created_at set before the INSERT: " + (account.createdAt != null));
            account.email = "ED@junction.io";
            session.commit();
            out.println("-- email changes heard: " + changes);
        } finally {
            metadata.dropAll(engine);
            registry.dispose();
        }
    }
}
