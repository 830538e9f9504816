/**
 * Sessions recovering from a lost database connection and from a failed rollback, on H2 and
 * PostgreSQL; and from a PostgreSQL server restarted or stopped under them, on a server the test
 * starts itself.
 */
package io.junction.it.recovery;
