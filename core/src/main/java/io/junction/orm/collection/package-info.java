/** Instrumented {@code List}, {@code Set}, {@code Map}, {@code SortedSet} and ordering-list containers, and the base of user collection classes, that report every append and removal to the ORM. */
package io.junction.orm.collection;
