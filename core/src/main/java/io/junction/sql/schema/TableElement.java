package io.junction.sql.schema;

/** Something declared inside a table: a column, a primary key, a foreign key or a unique constraint. */
public sealed interface TableElement permits ColumnSpec, ForeignKeySpec, PrimaryKeySpec, UniqueSpec {
}
