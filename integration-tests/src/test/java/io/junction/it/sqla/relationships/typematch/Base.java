package io.junction.it.sqla.relationships.typematch;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the TypeMatchTest port: its own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
