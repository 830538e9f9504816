/**
 * Declarative mapping: classes that extend a {@link io.junction.declarative.DeclarativeBase} subclass and
 * annotate their fields become the same {@code Registry.map(...)} configuration a classical user writes.
 */
package io.junction.declarative;
