package io.junction.orm.session;

import io.junction.engine.Engine;

import java.util.Objects;

/**
 * Makes sessions with the same engine and options (SQLAlchemy's {@code sessionmaker}); immutable
 * and thread-safe, meant to be built once and shared:
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

    /** Sessions on {@code engine} with autoflush and expire-on-commit on, as {@code new Session(engine)}. */
    public SessionFactory(Engine engine) {
        this(Objects.requireNonNull(engine, "engine"), true, true);
    }

    private SessionFactory(Engine engine, boolean autoflush, boolean expireOnCommit) {
        this.engine = engine;
        this.autoflush = autoflush;
        this.expireOnCommit = expireOnCommit;
    }

    /** A factory whose sessions flush before queries and lazy loads, or not ({@link Session#autoflush}). */
    public SessionFactory autoflush(boolean on) {
        return new SessionFactory(engine, on, expireOnCommit);
    }

    /** A factory whose sessions expire every object at commit, or not ({@link Session#expireOnCommit}). */
    public SessionFactory expireOnCommit(boolean on) {
        return new SessionFactory(engine, autoflush, on);
    }

    /** A new session; close it (try-with-resources) to give its connection back. */
    public Session open() {
        return new Session(engine).autoflush(autoflush).expireOnCommit(expireOnCommit);
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
