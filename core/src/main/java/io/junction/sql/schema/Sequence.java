package io.junction.sql.schema;

/**
 * A database sequence that generates a column's values, SQLAlchemy's {@code Sequence("parent_seq")}:
 * {@code column("id", INTEGER).primaryKey().sequence(sequence("parent_seq").incrementBy(50))}.
 * Created and dropped with the tables of the metadata that uses it. Its increment is also the
 * number of values a flush takes per {@code nextval}: each value the database gives starts a
 * block of {@code incrementBy} keys. Immutable; {@link #incrementBy} and {@link #startWith} return copies.
 */
public final class Sequence {
    private final String name;
    private final long start;
    private final int increment;

    Sequence(String name, long start, int increment) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a sequence needs a name");
        }
        if (increment < 1) {
            throw new IllegalArgumentException("sequence '" + name + "' needs a positive increment, not " + increment);
        }
        this.name = name;
        this.start = start;
        this.increment = increment;
    }

    public String name() {
        return name;
    }

    /** The first value the sequence gives. */
    public long start() {
        return start;
    }

    /** How far each {@code nextval} advances: the size of the block of keys one value stands for. */
    public int increment() {
        return increment;
    }

    /** A copy that advances by {@code increment} per value, so a flush fetches one value per {@code increment} rows. */
    public Sequence incrementBy(int increment) {
        return new Sequence(name, start, increment);
    }

    /** A copy whose first value is {@code start}. */
    public Sequence startWith(long start) {
        return new Sequence(name, start, increment);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sequence sequence && sequence.name.equals(name) && sequence.start == start
                && sequence.increment == increment;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + increment;
    }

    @Override
    public String toString() {
        return "Sequence(" + name + ", start " + start + ", increment " + increment + ")";
    }
}
