package io.junction.orm.inspect;

import io.junction.sql.schema.Column;

/**
 * Two columns a relationship compares for equality, SQLAlchemy's {@code local_remote_pairs}:
 * {@code local} on the parent's side, {@code remote} on the other (the target's table, or the
 * association table of a many-to-many).
 */
public record ColumnPair(Column local, Column remote) {
}
