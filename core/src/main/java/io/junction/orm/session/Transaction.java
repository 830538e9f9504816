package io.junction.orm.session;

/**
 * A transaction of a {@link Session}, begun with {@link Session#begin()}, or a SAVEPOINT within it,
 * begun with {@link Session#beginNested()} (SQLAlchemy's {@code SessionTransaction}). Used with
 * try-with-resources, a block that does not reach {@link #commit()} rolls back:
 *
 * <pre>{@code
 * try (Transaction tx = session.begin()) {
 *     session.add(parent);
 *     tx.commit();
 * }
 * }</pre>
 */
public final class Transaction implements AutoCloseable {
    private final Session session;
    private final SessionTransaction.Frame frame;
    private final long generation;

    Transaction(Session session, SessionTransaction.Frame frame, long generation) {
        this.session = session;
        this.frame = frame;
        this.generation = generation;
    }

    /** Whether this is a SAVEPOINT ({@link Session#beginNested()}). */
    public boolean isNested() {
        return frame != null;
    }

    /** Whether this transaction, or savepoint, is still open: not committed, rolled back, or ended with its session's transaction. */
    public boolean isActive() {
        return session.isActive(this);
    }

    /**
     * The session's transaction: {@link Session#commit()}. A savepoint: flushes and sends RELEASE SAVEPOINT.
     *
     * @throws IllegalStateException if it has already ended
     */
    public void commit() {
        requireActive("commit");
        if (frame == null) {
            session.commit();
        } else {
            session.commitNested(frame);
        }
    }

    /**
     * The session's transaction: {@link Session#rollback()}. A savepoint: ROLLBACK TO SAVEPOINT, with
     * the session's objects put back as they were when it began (see {@link Session#beginNested()}).
     *
     * @throws IllegalStateException if it has already ended
     */
    public void rollback() {
        requireActive("roll back");
        if (frame == null) {
            session.rollback();
        } else {
            session.rollbackNested(frame);
        }
    }

    /** Rolls back if still active; otherwise does nothing. */
    @Override
    public void close() {
        if (isActive()) {
            rollback();
        }
    }

    SessionTransaction.Frame frame() {
        return frame;
    }

    long generation() {
        return generation;
    }

    private void requireActive(String action) {
        if (!isActive()) {
            throw new IllegalStateException("cannot " + action + " a " + (frame == null ? "transaction" : "savepoint")
                    + " that has already ended");
        }
    }

    @Override
    public String toString() {
        return (frame == null ? "Transaction" : "Savepoint") + (isActive() ? "(active)" : "(ended)");
    }
}
