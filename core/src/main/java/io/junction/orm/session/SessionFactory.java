package io.junction.orm.session;

import io.junction.engine.Engine;

import java.util.Objects;

/**
 * Makes sessions with the same engine and options (SQLAlchemy's {@code sessionmaker}); its options are
 * immutable and its {@linkplain #events() listeners} thread-safe, so it is meant to be built once and shared:
 *
 * <pre>{@code
 * SessionFactory factory = new SessionFactory(engine).expireOnCommit(false);
 * try (Session session = factory.open()) { ... }
 * }</pre>
 */
public final class SessionFactory {
    private final Engine engine;
    private final boolean autoflush;
    private final boolean expireOnCommit;
    private final SessionEvents events;

    /** Sessions on {@code engine} with autoflush and expire-on-commit on, as {@code new Session(engine)}. */
    public SessionFactory(Engine engine) {
        this(Objects.requireNonNull(engine, "engine"), true, true, new SessionEvents());
    }

    private SessionFactory(Engine engine, boolean autoflush, boolean expireOnCommit, SessionEvents events) {
        this.engine = engine;
        this.events = events;
        this.autoflush = autoflush;
        this.expireOnCommit = expireOnCommit;
    }

    /** A factory whose sessions flush before queries and lazy loads, or not ({@link Session#autoflush}). */
    public SessionFactory autoflush(boolean on) {
        return new SessionFactory(engine, on, expireOnCommit, events);
    }

    /** A factory whose sessions expire every object at commit, or not ({@link Session#expireOnCommit}). */
    public SessionFactory expireOnCommit(boolean on) {
        return new SessionFactory(engine, autoflush, on, events);
    }

    /** A new session; close it (try-with-resources) to give its connection back. */
    public Session open() {
        return new Session(engine).autoflush(autoflush).expireOnCommit(expireOnCommit).factoryEvents(events);
    }

    /**
     * The listeners every session of this factory hears (before and after flush, after commit and
     * rollback); a factory made from this one by {@link #autoflush} or {@link #expireOnCommit} shares them.
     */
    public SessionEvents events() {
        return events;
    }

    public Engine engine() {
        return engine;
    }

    public boolean autoflush() {
        return autoflush;
    }

    public boolean expireOnCommit() {
        return expireOnCommit;
    }

    @Override
    public String toString() {
        return "SessionFactory(" + engine + ", autoflush=" + autoflush + ", expireOnCommit=" + expireOnCommit + ")";
    }
}
