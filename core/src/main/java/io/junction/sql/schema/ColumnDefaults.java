package io.junction.sql.schema;

import java.util.function.Supplier;

/** A column's defaults: SQL text for the DDL's DEFAULT, and the suppliers a flush asks on INSERT and on UPDATE. */
record ColumnDefaults(String server, Supplier<?> insert, Supplier<?> update) {
    static final ColumnDefaults NONE = new ColumnDefaults(null, null, null);
}
