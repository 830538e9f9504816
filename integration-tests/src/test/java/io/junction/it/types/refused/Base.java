package io.junction.it.types.refused;

import io.junction.declarative.DeclarativeBase;

/** A base whose only class has a column field of a type without column type or converter. */
public abstract class Base extends DeclarativeBase {
}
