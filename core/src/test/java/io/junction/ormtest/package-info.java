/**
 * Fast ORM tests of {@code core}, on in-memory H2 with the agent attached: exact SQL sequences,
 * final rows and object state. They live outside {@code io.junction.orm} because the agent never
 * enhances, nor rewrites field access in, Junction's own runtime packages.
 */
package io.junction.ormtest;
