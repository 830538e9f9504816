package io.junction.docs;

import io.junction.declarative.Column;
import io.junction.declarative.ColumnType;
import io.junction.declarative.DeclarativeBase;
import io.junction.declarative.Table;
import io.junction.declarative.Version;
import io.junction.engine.Engine;
import io.junction.orm.session.Session;
import io.junction.orm.session.SessionFactory;
import io.junction.orm.session.Transaction;
import io.junction.orm.unitofwork.StaleDataException;
import io.junction.sql.schema.MetaData;

import java.io.PrintStream;
import java.time.Instant;

import static io.junction.docs.ProductionSetup.OPENED;

/** The guide's getting-started page, declarative: the same ticket, savepoint and stale-version conflict. */
final class DeclarativeProductionSetup implements Section {

    abstract static class Base extends DeclarativeBase {
    }

    enum Status { OPEN, IN_PROGRESS, DONE }

    // tag::ticket[]
    @Table("ticket")
    static class Ticket extends Base {
        @Column(primaryKey = true) Integer id;
        @Column(length = 100, nullable = false) String title;
        @Column(nullable = false) Status status;              // VARCHAR holding the name
        @Column(nullable = false) Instant openedAt;           // TIMESTAMP WITH TIME ZONE
        @Column(type = ColumnType.JSON) String details;       // JSON text as a String
        @Column(nullable = false) @Version Integer version;
        // end::ticket[]

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
        MetaData metadata = DeclarativeBase.metadata(Base.class);
        metadata.dropAll(engine);
        metadata.createAll(engine);

        out.println("-- " + engine + ", pooled: " + engine.pooled());
        SessionFactory factory = new SessionFactory(engine);
        try (Session session = factory.open()) {
            try (Transaction tx = session.begin()) {
                session.add(new Ticket("Printer on fire", OPENED, "{\"floor\": 3}"));
                tx.commit();
            }
        }

        try (Session session = factory.open()) {
            Ticket ticket = session.get(Ticket.class, 1);
            ticket.status = Status.IN_PROGRESS;
            try (Transaction savepoint = session.beginNested()) {
                ticket.title = "Printer on fire, again";
                session.flush();
                savepoint.rollback();
            }
            out.println("-- after the savepoint: " + ticket);
            session.commit();
        }

        try (Session mine = factory.open(); Session theirs = factory.open()) {
            Ticket myTicket = mine.get(Ticket.class, 1);
            Ticket theirTicket = theirs.get(Ticket.class, 1);
            theirTicket.status = Status.DONE;
            theirs.commit();
            myTicket.title = "Printer replaced";
            try {
                mine.commit();
            } catch (StaleDataException stale) {
                out.println("-- " + stale.getMessage());
                mine.rollback();
            }
            Ticket fresh = mine.get(Ticket.class, 1);
            fresh.title = "Printer replaced";
            mine.commit();
            out.println("-- redone: " + fresh);
        }
        metadata.dropAll(engine);
    }
}
