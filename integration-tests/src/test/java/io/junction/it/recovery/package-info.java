/** Sessions recovering from a lost database connection and from a failed rollback, on H2 and PostgreSQL. */
package io.junction.it.recovery;
