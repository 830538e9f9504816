/**
 * The inspection API ({@code Junction.inspect} of objects and classes) and what an execution
 * listener learns of each statement (row counts, a multi-row VALUES' rows), on H2 and PostgreSQL.
 */
package io.junction.it.inspect;
