/** What differs between databases, and nothing else does: capability flags, execution hooks (binding, reading results, multi-row INSERT, disconnects), reserved words and type names, and one compiler subclass per database ({@link io.junction.sql.dialect.PostgresDialect}, {@link io.junction.sql.dialect.H2Dialect}). */
package io.junction.sql.dialect;
