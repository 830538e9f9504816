package io.junction.docs;

import io.junction.declarative.DeclarativeBase;
import io.junction.declarative.DeclarativeRegistry;
import io.junction.docs.declarative.events.Account;
import io.junction.docs.declarative.events.Base;
import io.junction.engine.Engine;
import io.junction.orm.session.Session;
import io.junction.sql.schema.MetaData;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code events} section, declarative: {@code @Validates} and {@code @BeforeInsert} methods on
 * {@link Account}, and the set listener registered on the base's registry (once: the base's registry
 * lives as long as the class).
 */
final class DeclarativeEvents implements Section {
    private static final List<String> CHANGES = new ArrayList<>();

    static {
        // tag::listener[]
        DeclarativeRegistry.of(Base.class).registry().events()
                .set(Account.class, "email", (Account account, String value, String old) -> {
                    CHANGES.add(old + " -> " + value);
                    return value;
                });
        // end::listener[]
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        CHANGES.clear();
        MetaData metadata = DeclarativeBase.metadata(Base.class);
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
            out.println("-- email changes heard: " + CHANGES);
        } finally {
            metadata.dropAll(engine);
        }
    }
}
