package io.junction.it.patterns.association;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of this pattern: its own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
