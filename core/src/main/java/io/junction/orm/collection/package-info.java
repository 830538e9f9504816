/** Instrumented {@code List} and {@code Set} implementations that report every append and removal to the ORM. */
package io.junction.orm.collection;
