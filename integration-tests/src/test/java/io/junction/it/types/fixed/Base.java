package io.junction.it.types.fixed;

import io.junction.declarative.DeclarativeBase;

/** The refused {@code Spot} with the fix its refusal names applied. */
public abstract class Base extends DeclarativeBase {
}
