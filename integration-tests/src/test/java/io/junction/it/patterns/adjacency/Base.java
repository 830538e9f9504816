package io.junction.it.patterns.adjacency;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of this pattern: its own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
