/**
 * The loader arguments of {@code relationship()} beyond the eager strategies — {@code lazy} IMMEDIATE,
 * RAISE_ON_SQL and WRITE_ONLY, {@code queryClass} and {@code loadOnPending} — in both mapping styles
 * on H2 and PostgreSQL, with tests ported from SQLAlchemy's.
 */
package io.junction.it.loading.variants;
