/** What differs between databases: capability flags, reserved words and type names, and one compiler subclass per database ({@link io.junction.sql.dialect.PostgresDialect}, {@link io.junction.sql.dialect.H2Dialect}). */
package io.junction.sql.dialect;
