package io.junction.it.sqla.versioning.model;

import io.junction.declarative.DeclarativeBase;

/** The declarative base of the versioning ports: its own MetaData and Registry. */
public abstract class Base extends DeclarativeBase {
}
