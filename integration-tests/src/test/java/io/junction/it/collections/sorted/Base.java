package io.junction.it.collections.sorted;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of this package's models. */
public abstract class Base extends DeclarativeBase {
}
