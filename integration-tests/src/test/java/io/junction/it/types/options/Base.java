package io.junction.it.types.options;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the column-options model. */
public abstract class Base extends DeclarativeBase {
}
