package io.junction.docs;

import io.junction.engine.Engine;
import io.junction.orm.mapper.Mapped;
import io.junction.orm.mapper.Registry;
import io.junction.orm.session.Session;
import io.junction.orm.session.SessionFactory;
import io.junction.orm.session.Transaction;
import io.junction.orm.unitofwork.StaleDataException;
import io.junction.sql.schema.MetaData;
import io.junction.sql.schema.Table;

import java.io.PrintStream;
import java.time.Instant;

import static io.junction.orm.mapper.VersionSpec.versionId;
import static io.junction.sql.schema.Schema.INSTANT;
import static io.junction.sql.schema.Schema.INTEGER;
import static io.junction.sql.schema.Schema.JSON;
import static io.junction.sql.schema.Schema.column;
import static io.junction.sql.schema.Schema.enumByName;
import static io.junction.sql.schema.Schema.string;

/**
 * The guide's getting-started page (docs/getting-started.md): a session factory over the runner's
 * pooled engine, a versioned ticket with an enum, an {@code Instant} and a JSON column, a savepoint
 * rolled back, and a stale-version conflict between two sessions caught and recovered from.
 */
final class ProductionSetup implements Section {
    static final Instant OPENED = Instant.parse("2026-12-07T09:30:00Z");

    enum Status { OPEN, IN_PROGRESS, DONE }

    @Mapped
    static class Ticket {
        Integer id;
        String title;
        Status status;
        Instant openedAt;
        String details;
        Integer version;

        Ticket() {
        }

        Ticket(String title, Instant openedAt, String details) {
            this.title = title;
            this.status = Status.OPEN;
            this.openedAt = openedAt;
            this.details = details;
        }

        @Override
        public String toString() {
            return "Ticket(" + id + ", '" + title + "', " + status + ", version " + version + ")";
        }
    }

    @Override
    public String name() {
        return "production-setup";
    }

    @Override
    public void run(Engine engine, PrintStream out) {
        // tag::mapping[]
        MetaData metadata = new MetaData();
        Table tickets = metadata.table("ticket",
                column("id", INTEGER).primaryKey(),
                column("title", string(100)).nullable(false),
                column("status", enumByName(Status.class)).nullable(false),   // VARCHAR holding the name
                column("opened_at", INSTANT).nullable(false),                 // TIMESTAMP WITH TIME ZONE
                column("details", JSON),                                      // JSON text as a String
                column("version", INTEGER).nullable(false));

        Registry registry = new Registry(metadata);
        registry.map(Ticket.class, tickets, versionId(tickets.c("version")));
        // end::mapping[]
        metadata.dropAll(engine);
        metadata.createAll(engine);

        out.println("-- " + engine + ", pooled: " + engine.pooled());
        // tag::lifecycle[]
        SessionFactory factory = new SessionFactory(engine);     // holds the engine and the session options
        try (Session session = factory.open()) {
            try (Transaction tx = session.begin()) {
                session.add(new Ticket("Printer on fire", OPENED, "{\"floor\": 3}"));
                tx.commit();                                     // closing tx without commit() rolls back
            }
        }
        // end::lifecycle[]

        // tag::savepoint[]
        try (Session session = factory.open()) {
            Ticket ticket = session.get(Ticket.class, 1);
            ticket.status = Status.IN_PROGRESS;
            try (Transaction savepoint = session.beginNested()) {    // flushes the status first
                ticket.title = "Printer on fire, again";
                session.flush();
                savepoint.rollback();                                 // ROLLBACK TO SAVEPOINT
            }
            out.println("-- after the savepoint: " + ticket);       // the title as before it, reloaded
            session.commit();
        }
        // end::savepoint[]

        // tag::stale[]
        try (Session mine = factory.open(); Session theirs = factory.open()) {
            Ticket myTicket = mine.get(Ticket.class, 1);
            Ticket theirTicket = theirs.get(Ticket.class, 1);
            theirTicket.status = Status.DONE;
            theirs.commit();                                          // version 2 -> 3
            myTicket.title = "Printer replaced";
            try {
                mine.commit();                                        // UPDATE ... WHERE version = 2: no row
            } catch (StaleDataException stale) {
                out.println("-- " + stale.getMessage());
                mine.rollback();                                      // nothing was written
            }
            Ticket fresh = mine.get(Ticket.class, 1);                 // the row as the other session left it
            fresh.title = "Printer replaced";
            mine.commit();
            out.println("-- redone: " + fresh);
        }
        // end::stale[]
        metadata.dropAll(engine);
        registry.dispose();
    }
}
